package io.longwave.identity.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RightTest {

    static Stream<Arguments> coverage() {
        return Stream.of(
                // held, wanted, covered
                Arguments.of(List.of("RIGHT_APPLICATION_ALL"), List.of("RIGHT_APPLICATION_DEVICES_READ_KEYS"), true),
                Arguments.of(List.of("RIGHT_APPLICATION_ALL"), List.of("RIGHT_GATEWAY_INFO"), false),
                Arguments.of(List.of("RIGHT_ORGANIZATION_ALL"), List.of("RIGHT_GATEWAY_LINK", "RIGHT_APPLICATION_LINK"), true),
                Arguments.of(List.of("RIGHT_ORGANIZATION_ALL"), List.of("RIGHT_USER_INFO"), false),
                Arguments.of(List.of("RIGHT_USER_ALL"), List.of("RIGHT_SEND_INVITES", "RIGHT_CLIENT_DELETE"), true),
                Arguments.of(List.of("RIGHT_USER_ALL"), List.of("RIGHT_ALL"), false),
                Arguments.of(List.of("RIGHT_ALL"), List.of("RIGHT_ALL", "RIGHT_GATEWAY_ALL"), true),
                Arguments.of(List.of("RIGHT_APPLICATION_INFO"), List.of("RIGHT_APPLICATION_ALL"), false),
                Arguments.of(List.of(), List.of(), true));
    }

    @ParameterizedTest
    @MethodSource("coverage")
    void aggregatesCoverTheirGroups(List<String> held, List<String> wanted, boolean covered) {
        assertEquals(covered, Rights.covers(Rights.of(held), Rights.of(wanted)));
    }

    static Stream<Arguments> intersections() {
        return Stream.of(
                Arguments.of(List.of("RIGHT_APPLICATION_ALL"), List.of("RIGHT_APPLICATION_INFO"), List.of("RIGHT_APPLICATION_INFO")),
                Arguments.of(List.of("RIGHT_ALL"), List.of("RIGHT_GATEWAY_INFO", "RIGHT_GATEWAY_LINK"),
                        List.of("RIGHT_GATEWAY_INFO", "RIGHT_GATEWAY_LINK")),
                Arguments.of(List.of("RIGHT_APPLICATION_INFO"), List.of("RIGHT_GATEWAY_INFO"), List.of()));
    }

    @ParameterizedTest
    @MethodSource("intersections")
    void aCredentialCapsWhatItsOwnerHolds(List<String> a, List<String> b, List<String> expected) {
        assertEquals(Rights.of(expected), Rights.intersect(Rights.of(a), Rights.of(b)));
    }

    @Test
    void storedFormRoundTrips() {
        Set<Right> rights = EnumSet.of(Right.RIGHT_GATEWAY_LINK, Right.RIGHT_APPLICATION_INFO);
        assertEquals("RIGHT_APPLICATION_INFO RIGHT_GATEWAY_LINK", Rights.store(rights));
        assertEquals(rights, Rights.load(Rights.store(rights)));
        assertTrue(Rights.load("").isEmpty());
    }

    @Test
    void unknownNamesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Right.parse("RIGHT_TO_PARTY"));
        assertTrue(e.getMessage().contains("RIGHT_TO_PARTY"));
    }

    @Test
    void secretGuardingRights() {
        assertTrue(Right.RIGHT_APPLICATION_DEVICES_READ_KEYS.guardsSecrets());
        assertTrue(Right.RIGHT_GATEWAY_READ_SECRETS.guardsSecrets());
        assertTrue(Right.RIGHT_APPLICATION_ALL.guardsSecrets());
        assertFalse(Right.RIGHT_APPLICATION_TRAFFIC_READ.guardsSecrets());
    }
}
