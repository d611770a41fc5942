package io.longwave.cli.sim;

import java.util.Optional;

/**
 * When and how a Basics Station sends a {@code dnmsg}, decided as station 2.x decides (s2e_addTxjob):
 * class A in RX1 at the uplink's xtime plus RxDelay seconds, else in RX2 one second later, whichever is
 * still at least {@link #AIM_GAP_MICROS} ahead; class C as soon as possible on the RX2 parameters.
 *
 * @param leadMicros the first window the server asked for (RX1 if named, else RX2) minus now; for class C 0
 */
public record StationTransmission(ReceivedDownlink.Window window, long xtime, int dataRate, long frequencyHz,
                                  long leadMicros) {

    /** The station's TX_AIM_GAP: a frame must be in its queue this long before the air time. */
    public static final long AIM_GAP_MICROS = 20_000;

    /** The transmission of {@code d} seen at {@code nowXtime}; empty when the station would drop it as too late. */
    public static Optional<StationTransmission> schedule(Dnmsg d, long nowXtime) {
        long earliest = StationClock.plus(nowXtime, AIM_GAP_MICROS);
        if (d.deviceClass() == Dnmsg.CLASS_C || d.xtime().isEmpty()) {
            return Optional.of(new StationTransmission(ReceivedDownlink.Window.IMMEDIATE, earliest,
                    d.rx2Freq() != 0 ? d.rx2Dr() : d.rx1Dr(), d.rx2Freq() != 0 ? d.rx2Freq() : d.rx1Freq(), 0));
        }
        long uplink = d.xtime().getAsLong();
        if (StationClock.session(uplink) != StationClock.session(nowXtime)) {
            return Optional.empty();   // an xtime of another session: the station cannot place it
        }
        long rx1 = StationClock.plus(uplink, d.rxDelay() * 1_000_000L);
        long rx2 = StationClock.plus(rx1, 1_000_000L);
        long lead = StationClock.diff(d.rx1Freq() != 0 ? rx1 : rx2, nowXtime);
        if (d.rx1Freq() != 0 && StationClock.diff(rx1, earliest) >= 0) {
            return Optional.of(new StationTransmission(ReceivedDownlink.Window.RX1, rx1, d.rx1Dr(), d.rx1Freq(), lead));
        }
        if (d.rx2Freq() != 0 && StationClock.diff(rx2, earliest) >= 0) {
            return Optional.of(new StationTransmission(ReceivedDownlink.Window.RX2, rx2, d.rx2Dr(), d.rx2Freq(), lead));
        }
        return Optional.empty();
    }
}
