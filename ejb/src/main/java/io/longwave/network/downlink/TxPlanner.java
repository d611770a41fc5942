package io.longwave.network.downlink;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.plan.SemtechTxParameters;
import io.longwave.lorawan.region.Band;
import io.longwave.network.RxMetadata;
import io.longwave.network.UplinkSettings;

/**
 * RX1 and RX2 windows for a class A downlink (LoRaWAN 1.0.4 section 3.3): RX1 opens {@code RxDelay}
 * after the uplink on the band's RX1 frequency and data rate, RX2 one second later on the RX2
 * frequency and data rate; class C uses RX2 parameters at once. Timestamps wrap at 2^32 µs.
 */
public final class TxPlanner {

    private TxPlanner() {
    }

    public static long addMicros(long timestamp, long micros) {
        return (timestamp + micros) & 0xFFFF_FFFFL;
    }

    public static TxWindow rx1(String fpId, RxMetadata md, UplinkSettings up, int rx1DrOffset, int delaySeconds,
                               long uplinkNanos) throws LorawanException {
        FrequencyPlan plan = FrequencyPlans.byId(fpId);
        Band band = plan.band();
        long freq = band.rx1FrequencyHz(up.frequencyHz());
        int dr = band.rx1DataRate(up.dataRateIndex(), rx1DrOffset, false);
        return window(plan, md, freq, dr, addMicros(md.timestamp(), delaySeconds * 1_000_000L),
                uplinkNanos + delaySeconds * 1_000_000_000L, "RX1", delaySeconds);
    }

    public static TxWindow rx2(String fpId, RxMetadata md, int delaySeconds, long uplinkNanos) throws LorawanException {
        FrequencyPlan plan = FrequencyPlans.byId(fpId);
        return window(plan, md, plan.rx2().frequencyHz(), plan.rx2().dataRate(),
                addMicros(md.timestamp(), (delaySeconds + 1) * 1_000_000L),
                uplinkNanos + (delaySeconds + 1) * 1_000_000_000L, "RX2", delaySeconds);
    }

    /** Later than this before a window, the gateway's just-in-time queue may refuse the packet. */
    public static final long MIN_MARGIN_NANOS = 50_000_000L;

    /** The window to send in now and the one to retry in after an RX1 failure (null when none). */
    public record Choice(TxWindow first, TxWindow fallback) {
    }

    /**
     * RX1 when it can still be met, else RX2; null when both have passed.
     */
    public static Choice classA(String fpId, RxMetadata md, UplinkSettings up, int rx1DrOffset, int delaySeconds,
                                long uplinkNanos) throws LorawanException {
        TxWindow w1 = rx1(fpId, md, up, rx1DrOffset, delaySeconds, uplinkNanos);
        TxWindow w2 = rx2(fpId, md, delaySeconds, uplinkNanos);
        long now = System.nanoTime();
        if (w1.atNanos() - now > MIN_MARGIN_NANOS) {
            return new Choice(w1, w2);
        }
        return w2.atNanos() - now > MIN_MARGIN_NANOS ? new Choice(w2, null) : null;
    }

    /** Class C: RX2 parameters, sent immediately. */
    public static TxWindow classC(String fpId, String gatewayId, String gatewayEui, String protocol) throws LorawanException {
        FrequencyPlan plan = FrequencyPlans.byId(fpId);
        SemtechTxParameters p = plan.rx2TxParameters();
        return new TxWindow(gatewayId, gatewayEui, protocol, -1, System.nanoTime(), plan.rx2().frequencyHz(),
                plan.rx2().dataRate(), p.datr(), p.codr(), p.powe(), "RX2");
    }

    private static TxWindow window(FrequencyPlan plan, RxMetadata md, long freq, int dr, long timestamp, long atNanos,
                                   String name, int delaySeconds) throws LorawanException {
        SemtechTxParameters p = plan.downlinkTxParameters(freq, dr);
        return new TxWindow(md.gatewayId(), md.gatewayEui(), md.protocol(), timestamp, atNanos, freq, dr, p.datr(),
                p.codr(), p.powe(), name, delaySeconds, md.xtime(), md.rctx());
    }
}
