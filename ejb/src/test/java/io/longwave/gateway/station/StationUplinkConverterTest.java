package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.gateway.GatewayEntry;
import io.longwave.network.GatewayUplink;
import io.longwave.network.RxMetadata;
import io.longwave.network.RxMetadataCodec;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationUplinkConverterTest {

    private static final GatewayEntry GATEWAY = new GatewayEntry("gw-1", "0102030405060708", "EU_863_870_TTN", false, false);
    private static final byte[] PHY = {0x40, 1, 2, 3, 4, 0, 0, 0, 1, 2, 3, 4};
    private static final long XTIME = 0x00A1_0000_1234_5678L;

    private static StationUplink uplink(int dr, long freq, long gpstime) {
        return new StationUplink("updf", PHY, dr, freq, XTIME, 7, gpstime, -71, 6.5, 0);
    }

    @ParameterizedTest(name = "DR{0} at {1} Hz: SF{2} BW{3}")
    @CsvSource({
            "0, 868100000, 12, 125000, 0",
            "5, 867900000, 7,  125000, 7",
            "6, 868300000, 7,  250000, 1",
            "7, 868800000, 0,  0,      0",
    })
    void becomesTheSameUplinkAsUdpWouldGive(int dr, long freq, int sf, int bw, int channel) throws Exception {
        GatewayUplink up = StationUplinkConverter.convert(GATEWAY, uplink(dr, freq, 0), Instant.EPOCH, 42);
        assertArrayEquals(PHY, up.phyPayload());
        assertEquals(dr, up.settings().dataRateIndex());
        assertEquals(freq, up.settings().frequencyHz());
        assertEquals(sf, up.settings().spreadingFactor());
        assertEquals(bw, up.settings().bandwidthHz());
        RxMetadata md = up.metadata();
        assertEquals("basicstation", md.protocol());
        assertEquals("gw-1", md.gatewayId());
        assertEquals(channel, md.channelIndex());
        assertEquals(0x1234_5678L, md.timestamp());
        assertEquals(XTIME, md.xtime());
        assertEquals(7, md.rctx());
        assertEquals(null, md.time());
        assertEquals(md, RxMetadataCodec.decode(RxMetadataCodec.encode(md)), "xtime and rctx cross nodes during dedup");
    }

    @ParameterizedTest(name = "DR{0} at {1} Hz refused")
    @CsvSource({
            "8,  868100000", // not defined in EU868 (LR-FHSS or RFU)
            "15, 868100000",
            "5,  915000000", // no radio of the plan reaches it
    })
    void refusesWhatThePlanCannotHear(int dr, long freq) {
        assertEquals("bad_uplink", assertThrows(BadStationMessage.class,
                () -> StationUplinkConverter.convert(GATEWAY, uplink(dr, freq, 0), Instant.EPOCH, 0)).reason());
    }

    @ParameterizedTest
    @CsvSource("1480633218123456, 2026-12-06T23:00:00.123456Z")
    void gpsTimeBecomesTheReceptionTime(long gpstime, String utc) throws Exception {
        assertEquals(Instant.parse(utc),
                StationUplinkConverter.convert(GATEWAY, uplink(5, 868_100_000L, gpstime), Instant.EPOCH, 0).metadata().time());
    }
}
