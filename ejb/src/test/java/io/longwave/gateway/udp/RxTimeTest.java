package io.longwave.gateway.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RxTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-12-06T23:00:00Z", "2026-12-06T23:00:00.1Z", "2026-12-06T23:00:00.123456Z",
        "2026-12-06T23:00:00.123456789Z", "1970-01-01T00:00:00.000000Z", "2024-02-29T12:34:56.5Z",
        "1999-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z", "2026-12-06T23:00:00+01:00",
        "2026-12-06T23:00:00.25+00:00", "2016-12-31T23:59:60Z", "2026-12-06T23:00:00.Z"
    })
    void readsWhatInstantParseReadsAndTheSameInstant(String text) {
        assertEquals(Instant.parse(text), RxTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2026-12-06", "2026-13-06T23:00:00Z", "2026-02-30T23:00:00Z", "2026-12-06T25:00:00Z",
        "2026-12-06T23:60:00Z", "2026-12-06T23:00:00.1234567890Z", "2026-12-06 23:00:00Z",
        "2026-12-06T23:00:00", "20x6-12-06T23:00:00Z", "2026-12-06T23:00:00.12a4Z", "garbage that is long enough Z"
    })
    void refusesWhatInstantParseRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> RxTime.parse(text));
    }
}
