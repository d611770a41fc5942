package io.longwave.identity.organization;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.identity.EntityKind;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.rights.Right;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CreationPolicyTest {

    private static IdentityOptions.UserRights onlyOff(EntityKind off) {
        return new IdentityOptions.UserRights(off != EntityKind.APPLICATION, off != EntityKind.CLIENT,
                off != EntityKind.GATEWAY, off != EntityKind.ORGANIZATION);
    }

    @ParameterizedTest(name = "{0} under {1}, admin={2}, switch off for {3}: allowed={4}")
    @CsvSource({
            "APPLICATION, USER, false, APPLICATION, false",
            "APPLICATION, USER, true, APPLICATION, true",
            "APPLICATION, ORGANIZATION, false, APPLICATION, true",
            "APPLICATION, USER, false, GATEWAY, true",
            "GATEWAY, USER, false, GATEWAY, false",
            "GATEWAY, ORGANIZATION, false, GATEWAY, true",
            "ORGANIZATION, USER, false, ORGANIZATION, false",
            "ORGANIZATION, USER, true, ORGANIZATION, true",
            "CLIENT, USER, false, CLIENT, false",
            "CLIENT, USER, false, ORGANIZATION, true",
    })
    void createSwitchesBindNonAdminsOnTheirOwnAccount(EntityKind kind, EntityKind owner, boolean admin, EntityKind off,
                                                      boolean allowed) {
        if (allowed) {
            assertDoesNotThrow(() -> CreationPolicy.requireSwitch(admin, owner, kind, onlyOff(off)));
        } else {
            IdentityException e = assertThrows(IdentityException.class,
                    () -> CreationPolicy.requireSwitch(admin, owner, kind, onlyOff(off)));
            assertEquals(ErrorKind.PERMISSION_DENIED, e.kind());
        }
    }

    @ParameterizedTest(name = "limit {0}, existing {1}: allowed={2}")
    @CsvSource({", 1000, true", "0, 0, false", "1, 0, true", "1, 1, false", "3, 2, true", "3, 5, false"})
    void limitsRefuseOnceReached(Integer limit, long existing, boolean allowed) {
        if (allowed) {
            assertDoesNotThrow(() -> CreationPolicy.requireBelowLimit("user application", limit, existing));
        } else {
            IdentityException e = assertThrows(IdentityException.class,
                    () -> CreationPolicy.requireBelowLimit("user application", limit, existing));
            assertEquals(ErrorKind.RESOURCE_EXHAUSTED, e.kind());
        }
    }

    @Test
    void rightsOnTheOwner() {
        assertEquals(Right.RIGHT_USER_APPLICATIONS_CREATE, CreationPolicy.createRight(EntityKind.USER, EntityKind.APPLICATION));
        assertEquals(Right.RIGHT_ORGANIZATION_GATEWAYS_CREATE, CreationPolicy.createRight(EntityKind.ORGANIZATION, EntityKind.GATEWAY));
        assertEquals(Right.RIGHT_USER_ORGANIZATIONS_LIST, CreationPolicy.listRight(EntityKind.USER, EntityKind.ORGANIZATION));
        assertEquals(Right.RIGHT_ORGANIZATION_APPLICATIONS_LIST, CreationPolicy.listRight(EntityKind.ORGANIZATION, EntityKind.APPLICATION));
        assertThrows(IdentityException.class, () -> CreationPolicy.createRight(EntityKind.ORGANIZATION, EntityKind.ORGANIZATION));
    }
}
