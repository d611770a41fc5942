package io.longwave.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "70b3d57ed0000001, 70B3D57ED0000001",
            "70-B3-D5-7E-D0-00-00-01, 70B3D57ED0000001",
            "70:b3:d5:7e:d0:00:00:01, 70B3D57ED0000001",
            "0000000000000000, 0000000000000000",
    })
    void euis(String given, String sent) {
        assertEquals(sent, Eui.normalize("--dev-eui", given));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "70b3d57ed000001", "70b3d57ed00000011", "70b3d57ed000000g"})
    void badEuis(String given) {
        assertThrows(IllegalArgumentException.class, () -> Eui.normalize("--dev-eui", given));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2030-01-31T12:00:00Z, 2030-01-31T12:00:00Z",
            "2030-01-31T13:00:00+01:00, 2030-01-31T12:00:00Z",
            "2030-01-31T12:00:00.5Z, 2030-01-31T12:00:00.500Z",
    })
    void timestamps(String given, String sent) {
        assertEquals(sent, Timestamps.rfc3339("--expires-at", given));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2030-01-31", "tomorrow", "2030-01-31T12:00:00"})
    void badTimestamps(String given) {
        assertThrows(IllegalArgumentException.class, () -> Timestamps.rfc3339("--expires-at", given));
    }

    @Test
    void absentFlagsStayAbsent() {
        assertNull(Eui.normalize("--dev-eui", null));
        assertNull(Timestamps.rfc3339("--expires-at", null));
    }
}
