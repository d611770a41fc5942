package io.longwave.identity.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityOptionsReaderTest {

    private static IdentityOptions read(Map<String, String> values) {
        return new IdentityOptionsReader(name -> Optional.ofNullable(values.get(name))).read("000013", "noreply@x", "Net");
    }

    @Test
    void defaultsFollowTheReference() {
        IdentityOptions o = read(Map.of());
        assertEquals(Duration.ofHours(24), o.deleteRestore());
        assertTrue(o.registration().enabled());
        assertFalse(o.registration().invitationRequired());
        assertTrue(o.userRights().createApplications());
        assertTrue(o.limits().userApplications().isEmpty());
        assertFalse(o.adminRightsAll());
        assertEquals("000013", o.network().netId());
        assertEquals("0000000000000000/0", o.devEuiBlock().prefix());
    }

    @Test
    void valuesAreApplied() {
        IdentityOptions o = read(Map.of("is.delete.restore", "1h30m", "is.user-registration.enabled", "false",
                "is.user-limits.applications", "3", "is.admin-rights.all", "true",
                "is.user-registration.password-requirements.min-length", "12"));
        assertEquals(Duration.ofMinutes(90), o.deleteRestore());
        assertFalse(o.registration().enabled());
        assertEquals(3, o.limits().userApplications().getAsInt());
        assertTrue(o.adminRightsAll());
        assertEquals(12, o.registration().passwordRequirements().minLength());
    }

    @ParameterizedTest
    @CsvSource({"is.user-registration.enabled,maybe", "is.user-limits.applications,-1", "is.delete.restore,forever",
            "is.user-limits.gateways,ten"})
    void badValuesNameTheOption(String name, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(Map.of(name, value)));
        assertTrue(e.getMessage().startsWith(name), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"24h,86400000", "90s,90000", "1h30m,5400000", "500ms,500", "0,0"})
    void goDurations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), GoDuration.parse("x", text));
    }
}
