package io.longwave.gateway.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DownlinkAirtimeTest {

    /**
     * SF12: the published LoRa calculator value for 64 bytes (2793.5 ms, 85.25 symbols of 32.768 ms); SF7
     * worked by hand from the SX127x formula (12.25 + 28 symbols of 1.024 ms); FSK: 75 bytes at 50 kbit/s.
     */
    @ParameterizedTest
    @CsvSource({
        "SF12BW125, 4/5, 64, 2793472000",
        "SF7BW125, 4/5, 12, 41216000",
        "50000, 4/5, 64, 12000000"
    })
    void fromTxpkFields(String datr, String codr, int length, long nanos) throws Exception {
        assertEquals(nanos, DownlinkAirtime.nanos(datr, codr, length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SF7", "fast", "SF7BWx", "SF6BW125", "SF7BW300"})
    void refusesDataRatesItCannotTime(String datr) {
        assertThrows(LorawanException.class, () -> DownlinkAirtime.nanos(datr, "4/5", 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4/9", "5/4", "", "4/55"})
    void refusesCodingRates(String codr) {
        assertThrows(LorawanException.class, () -> DownlinkAirtime.nanos("SF7BW125", codr, 12));
    }
}
