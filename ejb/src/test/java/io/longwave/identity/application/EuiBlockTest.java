package io.longwave.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EuiBlockTest {

    @ParameterizedTest(name = "{0} counter {1} -> {2}")
    @CsvSource({
            "70B3D57ED0000000/36, 0, 70B3D57ED0000000",
            "70B3D57ED0000000/36, 1, 70B3D57ED0000001",
            "70B3D57ED0000000/36, 268435455, 70B3D57EDFFFFFFF",
            "70B3D57ED00000FF/36, 5, 70B3D57ED0000005",
            "70b3d57ed0000000/60, 15, 70B3D57ED000000F",
            "0000000000000000/0, 42, 000000000000002A",
    })
    void counterFillsTheLowBits(String prefix, long counter, String eui) {
        assertEquals(eui, EuiBlock.parse(prefix).eui(counter));
    }

    @Test
    void capacityIsTheFreeBits() {
        EuiBlock block = EuiBlock.parse("70B3D57ED0000000/36");
        assertEquals(1L << 28, block.capacity());
        assertTrue(block.contains((1L << 28) - 1));
        assertFalse(block.contains(1L << 28));
        assertThrows(IllegalArgumentException.class, () -> block.eui(1L << 28));
        assertEquals(1, EuiBlock.parse("70B3D57ED0000000/64").capacity());
    }

    @Test
    void malformedPrefixesAreAPreconditionFailure() {
        assertThrows(IdentityException.class, () -> EuiBlock.parse("70B3D57ED0000000"));
        assertThrows(IdentityException.class, () -> EuiBlock.parse("70B3D57ED000/36"));
        assertThrows(IdentityException.class, () -> EuiBlock.parse("70B3D57ED0000000/x"));
    }
}
