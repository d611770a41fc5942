package io.longwave.network.downlink;

import io.longwave.application.DownlinkQueue;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.radio.TimeOnAir;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Class C: a pushed downlink goes out at once on RX2 parameters through the gateway that last heard
 * the device. Transmissions on one gateway are spaced by their airtime stretched to the RX2
 * sub-band's duty cycle (10% in EU868's 869.4-869.65 MHz), each on an EJB timer.
 */
@ApplicationScoped
public class ClassCDownlinks {

    private static final Logger LOG = Logger.getLogger(ClassCDownlinks.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    DownlinkQueue queue;

    @Inject
    DownlinkTimers timers;

    @Inject
    DataDownlinkSender sender;

    private final Map<String, Long> busyUntil = new ConcurrentHashMap<>();

    /** @return true when the device is in class C now */
    public static boolean inClassC(NsDevice d) {
        return d.supportsClassC() && (!d.lorawan11() || d.classC());
    }

    public void schedule(String ref) {
        Map<String, String> h = redis.pool().hgetAll(NsDeviceKeys.device(ref));
        NsDevice d = NsDevice.fromHash(ref, h);
        if (d == null || !d.hasSession() || !inClassC(d) || h.get("last_gw_eui") == null) {
            return;
        }
        String eui = h.get("last_gw_eui");
        long now = System.nanoTime();
        long start = Math.max(now, busyUntil.getOrDefault(eui, 0L));
        TxWindow w;
        try {
            w = TxPlanner.classC(d.frequencyPlanId(), h.get("last_gw"), eui, h.getOrDefault("last_gw_protocol", "udp"));
            // the frame is built later, so space by the largest frame this data rate can carry
            double airtime = TimeOnAir.loraDownlinkMillis(13 + 242, sf(w.datr()), 125_000, 5);
            double duty = io.longwave.lorawan.plan.FrequencyPlans.byId(d.frequencyPlanId()).band().subBands().stream()
                    .filter(b -> b.contains(w.frequencyHz())).mapToDouble(b -> b.dutyCycle()).findFirst().orElse(1.0);
            busyUntil.put(eui, start + (long) (airtime / duty * 1_000_000));
        } catch (LorawanException e) {
            LOG.warning("ns.class_c.plan-failed device=" + ref + " error=\"" + e.getMessage() + "\"");
            return;
        }
        timers.after((start - now) / 1_000_000, () -> {
            NsDevice current = NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
            if (current != null && queue.length(ref) > 0) {
                sender.send(current, w, null, -1, new byte[0]);
            }
        });
    }

    private static int sf(String datr) {
        int bw = datr.indexOf("BW");
        return bw > 2 ? Integer.parseInt(datr.substring(2, bw)) : 12;
    }
}
