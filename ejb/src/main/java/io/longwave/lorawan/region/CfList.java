package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.BitSet;
import java.util.List;

/** Builds the 16-byte CFList of a join-accept (LoRaWAN 1.0.3+ / 1.1, section "CFList"). */
final class CfList {

    static final int LENGTH = 16;
    private static final int MAX_FREQUENCIES = 5;
    private static final int TYPE_INDEX = 15;
    private static final long MAX_FREQ_UNITS = 0xFFFFFFL;
    // Values below 100 MHz are RFU.
    private static final long MIN_FREQUENCY_HZ = 100_000_000L;

    private CfList() {
    }

    /** Type 0: up to five frequencies in 100 Hz units, 24-bit little endian, unused slots zero. */
    static byte[] frequencies(List<Long> frequenciesHz) throws LorawanException {
        if (frequenciesHz == null || frequenciesHz.size() > MAX_FREQUENCIES) {
            throw new LorawanException(Reason.BAD_CF_LIST, "a type 0 CFList holds 0..5 frequencies");
        }
        byte[] out = new byte[LENGTH];
        for (int i = 0; i < frequenciesHz.size(); i++) {
            Long hz = frequenciesHz.get(i);
            if (hz == null || hz < MIN_FREQUENCY_HZ || hz % 100 != 0 || hz / 100 > MAX_FREQ_UNITS) {
                throw new LorawanException(Reason.BAD_CF_LIST,
                        "frequency must be a multiple of 100 Hz from 100 MHz to 1.677 GHz, got " + hz);
            }
            long units = hz / 100;
            out[3 * i] = (byte) units;
            out[3 * i + 1] = (byte) (units >>> 8);
            out[3 * i + 2] = (byte) (units >>> 16);
        }
        out[TYPE_INDEX] = 0;
        return out;
    }

    /** Type 1: one 16-bit little-endian ChMask per block of 16 channels, then RFU zeros. */
    static byte[] channelMasks(BitSet enabled, int channelCount) throws LorawanException {
        ChannelMasks.checkEnabled(enabled, channelCount);
        byte[] out = new byte[LENGTH];
        int blocks = (channelCount + 15) / 16;
        for (int block = 0; block < blocks; block++) {
            int mask = ChannelMasks.blockMask(enabled, block);
            out[2 * block] = (byte) mask;
            out[2 * block + 1] = (byte) (mask >>> 8);
        }
        out[TYPE_INDEX] = 1;
        return out;
    }
}
