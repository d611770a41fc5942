package io.longwave.network.downlink;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Downlink deadlines as EJB timers (non-persistent: radio timing does not survive a restart anyway).
 * A class A downlink is built when its timer fires, shortly before the gateway must have it, so that
 * an application downlink pushed in reaction to the uplink still makes it into RX1.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DownlinkTimers {

    private static final Logger LOG = Logger.getLogger(DownlinkTimers.class.getName());

    @Resource
    TimerService timers;

    private final Map<String, Runnable> tasks = new ConcurrentHashMap<>();

    public void after(long delayMillis, Runnable task) {
        String id = UUID.randomUUID().toString();
        tasks.put(id, task);
        timers.createSingleActionTimer(Math.max(1, delayMillis), new TimerConfig(id, false));
    }

    @Timeout
    void fire(Timer timer) {
        Runnable task = tasks.remove((String) timer.getInfo());
        if (task == null) {
            return;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ns.downlink.task-failed error=\"" + e + "\"", e);
        }
    }
}
