package io.longwave.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.network.UplinkSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UplinkMessageJsonTest {

    /** Time on air as The Things Stack writes it: seconds with six decimals (values from the LoRa formula). */
    @ParameterizedTest
    @CsvSource({
            "23, 7, 125000, 0.061696s",
            "23, 12, 125000, 1.482752s",
            "64, 7, 125000, 0.118016s",
            "13, 9, 125000, 0.164864s",
            "51, 12, 125000, 2.465792s",
    })
    void airtimeIsProtobufDuration(int phyLength, int sf, int bandwidth, String expected) {
        assertEquals(expected, UplinkMessageJson.airtime(phyLength, new UplinkSettings(868_100_000, 0, sf, bandwidth, "4/5")));
    }
}
