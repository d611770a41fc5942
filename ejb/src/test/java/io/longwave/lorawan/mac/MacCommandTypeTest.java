package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CID / direction / payload-length table, checked entry by entry against the spec's command tables. */
class MacCommandTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RESET_IND,              0x01, UPLINK,   1",
        "RESET_CONF,             0x01, DOWNLINK, 1",
        "LINK_CHECK_REQ,         0x02, UPLINK,   0",
        "LINK_CHECK_ANS,         0x02, DOWNLINK, 2",
        "LINK_ADR_REQ,           0x03, DOWNLINK, 4",
        "LINK_ADR_ANS,           0x03, UPLINK,   1",
        "DUTY_CYCLE_REQ,         0x04, DOWNLINK, 1",
        "DUTY_CYCLE_ANS,         0x04, UPLINK,   0",
        "RX_PARAM_SETUP_REQ,     0x05, DOWNLINK, 4",
        "RX_PARAM_SETUP_ANS,     0x05, UPLINK,   1",
        "DEV_STATUS_REQ,         0x06, DOWNLINK, 0",
        "DEV_STATUS_ANS,         0x06, UPLINK,   2",
        "NEW_CHANNEL_REQ,        0x07, DOWNLINK, 5",
        "NEW_CHANNEL_ANS,        0x07, UPLINK,   1",
        "RX_TIMING_SETUP_REQ,    0x08, DOWNLINK, 1",
        "RX_TIMING_SETUP_ANS,    0x08, UPLINK,   0",
        "TX_PARAM_SETUP_REQ,     0x09, DOWNLINK, 1",
        "TX_PARAM_SETUP_ANS,     0x09, UPLINK,   0",
        "DL_CHANNEL_REQ,         0x0A, DOWNLINK, 4",
        "DL_CHANNEL_ANS,         0x0A, UPLINK,   1",
        "REKEY_IND,              0x0B, UPLINK,   1",
        "REKEY_CONF,             0x0B, DOWNLINK, 1",
        "ADR_PARAM_SETUP_REQ,    0x0C, DOWNLINK, 1",
        "ADR_PARAM_SETUP_ANS,    0x0C, UPLINK,   0",
        "DEVICE_TIME_REQ,        0x0D, UPLINK,   0",
        "DEVICE_TIME_ANS,        0x0D, DOWNLINK, 5",
        "FORCE_REJOIN_REQ,       0x0E, DOWNLINK, 2",
        "REJOIN_PARAM_SETUP_REQ, 0x0F, DOWNLINK, 1",
        "REJOIN_PARAM_SETUP_ANS, 0x0F, UPLINK,   1",
        "PING_SLOT_INFO_REQ,     0x10, UPLINK,   1",
        "PING_SLOT_INFO_ANS,     0x10, DOWNLINK, 0",
        "PING_SLOT_CHANNEL_REQ,  0x11, DOWNLINK, 4",
        "PING_SLOT_CHANNEL_ANS,  0x11, UPLINK,   1",
        "BEACON_TIMING_REQ,      0x12, UPLINK,   0",
        "BEACON_TIMING_ANS,      0x12, DOWNLINK, 3",
        "BEACON_FREQ_REQ,        0x13, DOWNLINK, 3",
        "BEACON_FREQ_ANS,        0x13, UPLINK,   1",
        "DEVICE_MODE_IND,        0x20, UPLINK,   1",
        "DEVICE_MODE_CONF,       0x20, DOWNLINK, 1",
    })
    void tableMatchesSpec(MacCommandType type, String cidHex, Direction direction, int payloadLength) {
        int cid = Integer.decode(cidHex);
        assertEquals(cid, type.cid());
        assertEquals(direction, type.direction());
        assertEquals(payloadLength, type.payloadLength());
        assertEquals(type, MacCommandType.find(cid, direction).orElseThrow());
    }

    @ParameterizedTest(name = "CID {0} is undefined in both directions")
    @ValueSource(ints = {0x00, 0x14, 0x1F, 0x21, 0x7F, 0x80, 0xFF, -1, 0x100})
    void undefinedCidsAreNotFound(int cid) {
        assertTrue(MacCommandType.find(cid, Direction.UPLINK).isEmpty());
        assertTrue(MacCommandType.find(cid, Direction.DOWNLINK).isEmpty());
    }

    @Test
    void forceRejoinReqHasNoUplinkCounterpart() {
        assertTrue(MacCommandType.find(0x0E, Direction.UPLINK).isEmpty());
        assertTrue(MacCommandType.find(0x02, null).isEmpty());
    }

    @Test
    void everyTypeHasExactlyOneRecord() {
        Set<String> recordNames = Arrays.stream(MacCommand.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(MacCommandType.values().length, recordNames.size());
        Set<MacCommandType> generated = EnumSet.noneOf(MacCommandType.class);
        RandomMacCommands random = new RandomMacCommands(1);
        for (MacCommandType type : MacCommandType.values()) {
            MacCommand command = random.of(type);
            assertEquals(type, command.type());
            assertTrue(recordNames.contains(command.getClass().getSimpleName()));
            generated.add(command.type());
        }
        assertEquals(EnumSet.allOf(MacCommandType.class), generated);
    }
}
