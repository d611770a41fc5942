package io.longwave.lorawan.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemodulationFloorTest {

    @ParameterizedTest
    @CsvSource({"7, -7.5", "8, -10", "9, -12.5", "10, -15", "11, -17.5", "12, -20"})
    void floorPerSpreadingFactor(int sf, double floor) throws Exception {
        assertEquals(floor, DemodulationFloor.snrFloorDb(sf), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"7, 2.5, 10", "12, -20, 0", "10, -18, -3", "9, 0, 12.5"})
    void marginIsSnrAboveFloor(int sf, double snr, double margin) throws Exception {
        assertEquals(margin, DemodulationFloor.linkMarginDb(sf, snr), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 13, -1})
    void rejectsUnknownSpreadingFactor(int sf) {
        assertThrows(LorawanException.class, () -> DemodulationFloor.snrFloorDb(sf));
    }
}
