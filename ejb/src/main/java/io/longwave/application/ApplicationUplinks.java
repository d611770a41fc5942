package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.network.AcceptedUplink;
import io.longwave.platform.events.Event;
import io.longwave.platform.events.EventBus;
import io.longwave.platform.logging.RateLimitedLog;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The Application Server's uplink path: decrypts FRMPayload with the AppSKey, runs the device's
 * payload formatter, publishes {@code as.up.data.forward} with The Things Stack's ApplicationUp JSON
 * and queues the message for uplink storage. MAC-only frames (FPort 0 or none) stop at the Network Server.
 */
@ApplicationScoped
public class ApplicationUplinks {

    private static final Logger LOG = Logger.getLogger(ApplicationUplinks.class.getName());

    @Inject
    KeyVault vault;

    @Inject
    EventBus events;

    @Inject
    UplinkStorage storage;

    private final RateLimitedLog log = new RateLimitedLog(LOG, 10_000);

    public void forward(AcceptedUplink up) {
        int port = up.frame().fPort().orElse(0);
        if (port == 0) {
            return;
        }
        String ref = up.device().ref();
        Map<String, String> as = up.asDevice();
        String wrapped = as.get("k_a");
        if (wrapped == null || wrapped.isEmpty()) {
            log.warn("as.no-key." + ref, "as.uplink.no-app-s-key device=" + ref + " f_cnt=" + up.fCnt());
            return;
        }
        AesKey appSKey = vault.unwrap(wrapped);
        byte[] cipher = up.frame().frmPayload();
        byte[] plain = PayloadCipher.frmPayload(new KeyContext(appSKey), Direction.UPLINK, up.frame().fHdr().devAddr(),
                up.fCnt(), cipher, 0, cipher.length);
        JsonObject decoded = PayloadFormatters.decode(as.get("formatter"), port, plain);
        Instant now = Instant.now();
        JsonObject ids = UplinkMessageJson.deviceIds(up.device().applicationId(), up.device().deviceId(),
                up.device().devEui(), up.device().joinEui(), up.frame().fHdr().devAddr());
        List<String> correlation = List.of("as:up:" + UUID.randomUUID(), "ns:uplink:" + up.device().sessionId());
        JsonObject message = Jsonp.createObjectBuilder()
                .add("end_device_ids", ids)
                .add("correlation_ids", Jsonp.createArrayBuilder(correlation))
                .add("received_at", now.toString())
                .add("uplink_message", UplinkMessageJson.uplinkMessage(up, plain, decoded, now))
                .build();
        String text = message.toString(); // once, for the stream and for storage
        events.publish(up.device().applicationId(),
                Event.text("as.up.data.forward", now, up.device().applicationId(), ids, text, correlation));
        storage.offer(up.device().applicationId(), up.device().deviceId(), now, text);
    }
}
