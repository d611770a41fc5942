package io.longwave.network.downlink;

import io.longwave.application.AsDeviceMirror;
import io.longwave.application.DownlinkEvents;
import io.longwave.application.DownlinkQueue;
import io.longwave.application.QueuedDownlink;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.network.session.NetworkKeys;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds and hands over one data downlink for a window: takes the head of the application queue,
 * draws the next downlink counter from Redis, encrypts, MICs and sends. An item that cannot be sent
 * goes back to the head of the queue.
 */
@ApplicationScoped
public class DataDownlinkSender {

    @Inject
    RedisClient redis;

    @Inject
    KeyVault vault;

    @Inject
    DownlinkQueue queue;

    @Inject
    DownlinkTransmitter transmitter;

    @Inject
    DownlinkEvents events;

    /** @return false when the gateway could not be reached (a duty-cycle refusal is counted where it is decided) */
    public boolean send(NsDevice d, TxWindow first, TxWindow fallback, long ackFCnt, byte[] macCommands) {
        String ref = d.ref();
        QueuedDownlink item = queue.take(ref);
        KeyContext appSKey = null;
        if (item != null) {
            String wrapped = redis.pool().hget(AsDeviceMirror.key(ref), "k_a");
            if (wrapped == null || wrapped.isEmpty()) {
                events.publish(DownlinkEvents.Kind.FAILED, d.applicationId(), ClassADownlinks.ids(d), item, -1, "no_app_s_key");
                item = null;
            } else {
                appSKey = new KeyContext(vault.unwrap(wrapped));
            }
        }
        if (item == null && ackFCnt < 0 && macCommands.length == 0) {
            return true; // nothing to say after all
        }
        boolean more = item != null && queue.length(ref) > 0;
        // 1.0 has one downlink counter; 1.1 counts application and network frames apart
        String counter = item != null && d.lorawan11() ? "afcnt_down" : "nfcnt_down";
        long fCnt = redis.pool().hincrBy(NsDeviceKeys.device(ref), counter, 1) - 1;
        DataDownlinkFrame frame = new DataDownlinkFrame(d.devAddr(), d.lorawan11(), item != null && item.confirmed(), more,
                ackFCnt, macCommands, item == null ? 0 : item.fPort(), item == null ? new byte[0] : item.payload(), fCnt);
        byte[] phy = frame.encode(NetworkKeys.of(d, vault), appSKey);
        PendingDownlink p = new PendingDownlink(DownlinkTransmitter.newId(), ref, item, fCnt, phy, first, fallback,
                System.nanoTime(), d.devEui());
        DownlinkTransmitter.Handover h = transmitter.hand(p);
        if (h == DownlinkTransmitter.Handover.SENT) {
            return true;
        }
        // as in The Things Stack, an item the gateway cannot take now stays queued for the next opportunity
        if (item != null) {
            queue.requeue(ref, item);
        }
        return h != DownlinkTransmitter.Handover.NO_PATH;
    }
}
