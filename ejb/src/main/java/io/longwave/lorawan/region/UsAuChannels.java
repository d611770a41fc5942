package io.longwave.lorawan.region;

import java.util.ArrayList;
import java.util.List;

/** Channel grids shared by US915 and AU915: 64 x 125 kHz at 200 kHz steps, 8 x 500 kHz at 1.6 MHz steps. */
final class UsAuChannels {

    static final int NARROW = 64;
    static final int WIDE = 8;

    private UsAuChannels() {
    }

    static List<Channel> uplink(long firstNarrowHz, int narrowMaxDr, long firstWideHz, int wideMinDr, int wideMaxDr) {
        List<Channel> out = new ArrayList<>(NARROW + WIDE);
        for (int i = 0; i < NARROW; i++) {
            out.add(new Channel(firstNarrowHz + 200_000L * i, 0, narrowMaxDr));
        }
        for (int i = 0; i < WIDE; i++) {
            out.add(new Channel(firstWideHz + 1_600_000L * i, wideMinDr, wideMaxDr));
        }
        return out;
    }

    /** Downlink channels 923.3 + 0.6 n MHz, n = 0..7, DR8..DR13; also the Class B beacon channels. */
    static List<Channel> downlink() {
        List<Channel> out = new ArrayList<>(WIDE);
        for (int i = 0; i < WIDE; i++) {
            out.add(new Channel(923_300_000L + 600_000L * i, 8, 13));
        }
        return out;
    }

    static List<Long> downlinkFrequencies() {
        return downlink().stream().map(Channel::frequencyHz).toList();
    }
}
