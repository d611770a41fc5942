package io.longwave.network;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.network.mac.DeviceClass;
import io.longwave.network.mac.FOptsSplitter;
import io.longwave.network.mac.LorawanVersion;
import io.longwave.network.mac.MacCommandSplit;
import io.longwave.network.mac.MacContext;
import io.longwave.network.mac.MacEngine;
import io.longwave.network.mac.MacOutcome;
import io.longwave.network.mac.MacSettings;
import io.longwave.network.mac.MacState;
import io.longwave.network.mac.UplinkInfo;
import io.longwave.network.mac.json.MacSettingsJson;
import io.longwave.network.mac.json.MacStateMemo;
import io.longwave.network.session.NsDevice;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the MAC layer for an accepted uplink: reads the device's commands (FOpts, decrypted for 1.1,
 * or an FPort 0 payload), lets {@link MacEngine} answer them, run ADR and derive its requests,
 * and returns what must go down in FOpts with the new MAC state, which the caller stores together
 * with the frame counter.
 */
@ApplicationScoped
public class MacLayer {

    private static final Logger LOG = Logger.getLogger(MacLayer.class.getName());

    /**
     * What the downlink decision needs from the MAC layer, and the device-hash fields to store with
     * the uplink's frame counter (so that a replay loses both).
     */
    public record Result(byte[] fOpts, boolean downlinkRequired, int rx1Delay, int rx1DrOffset,
                         Map<String, String> stateFields) {
    }

    private final MacEngine engine = new MacEngine();
    private final RateLimitedLog log = new RateLimitedLog(LOG, 10_000);
    private final Map<String, MacSettings> settingsCache = new ConcurrentHashMap<>();
    private final MacStateMemo states = new MacStateMemo(ConfigProvider.getConfig()
            .getOptionalValue("lw.ns.mac-state-memo", Integer.class).orElse(10_000));

    public Result process(AcceptedUplink up) {
        NsDevice d = up.device();
        try {
            FrequencyPlan plan = FrequencyPlans.byId(d.frequencyPlanId());
            MacContext ctx = new MacContext(plan.band(), plan, LorawanVersion.fromMacVersion(d.macVersion()), settings(d.macSettings()),
                    Instant.ofEpochMilli(System.currentTimeMillis())); // stored to the millisecond, see MacStateMemo
            MacState state = d.macState() == null || d.macState().isEmpty()
                    ? MacState.initial(ctx) : states.decode(d.ref(), d.macState());
            List<MacCommand> commands = MacCommandCodec.parse(uplinkCommands(up), Direction.UPLINK).commands();
            MacOutcome outcome = engine.onUplink(ctx, state, commands, uplinkInfo(up));
            MacState next = outcome.newState();
            Map<String, String> h = new java.util.HashMap<>();
            h.put("mac", states.encode(d.ref(), next));
            if (next.deviceClass() != state.deviceClass()) {
                h.put("class_c", Boolean.toString(next.deviceClass() == DeviceClass.C));
            }
            MacCommandSplit split = FOptsSplitter.split(outcome.downlinkCommands());
            byte[] fOpts = MacCommandCodec.encode(split.fOpts(), Direction.DOWNLINK);
            return new Result(fOpts, outcome.downlinkRequired(), Math.max(1, next.current().rx1Delay()),
                    next.current().rx1DrOffset(), h);
        } catch (LorawanException | RuntimeException e) {
            log.warn("ns.mac." + d.ref(), "ns.mac.failed device=" + d.ref() + " error=\"" + e + "\"");
            return new Result(new byte[0], up.confirmed(), 1, 0, Map.of());
        }
    }

    private static byte[] uplinkCommands(AcceptedUplink up) {
        byte[] fOpts = up.frame().fHdr().fOpts();
        int devAddr = up.frame().fHdr().devAddr();
        if (fOpts.length > 0) {
            return up.device().lorawan11()
                    ? PayloadCipher.fOpts11(up.keys().nwkSEncKey(), PayloadCipher.FOptsCounter.NETWORK, Direction.UPLINK,
                            devAddr, up.fCnt(), fOpts)
                    : fOpts;
        }
        if (up.frame().fPort().isPresent() && up.frame().fPort().getAsInt() == 0) {
            byte[] p = up.frame().frmPayload();
            return PayloadCipher.frmPayload(up.keys().nwkSEncKey(), Direction.UPLINK, devAddr, up.fCnt(), p, 0, p.length);
        }
        return new byte[0];
    }

    private static UplinkInfo uplinkInfo(AcceptedUplink up) {
        double snr = up.uplink().metadata().stream().mapToDouble(RxMetadata::snr).max().orElse(0);
        double rssi = up.uplink().metadata().stream().mapToDouble(RxMetadata::rssi).max().orElse(-120);
        int gateways = (int) up.uplink().metadata().stream().map(RxMetadata::gatewayEui).distinct().count();
        var fctrl = up.frame().fHdr().fCtrl();
        return new UplinkInfo(up.fCnt(), up.uplink().settings().dataRateIndex(), up.uplink().settings().frequencyHz(),
                fctrl.adr(), fctrl.adrAckReq(), up.confirmed(), snr, rssi, gateways,
                up.uplink().metadata().get(0).receivedAt());
    }

    private MacSettings settings(String json) {
        String key = json == null ? "{}" : json;
        if (settingsCache.size() > 10_000) {
            settingsCache.clear();
        }
        return settingsCache.computeIfAbsent(key, k -> {
            try (JsonReader r = Jsonp.createReader(new StringReader(k))) {
                return MacSettingsJson.fromJson(r.readObject());
            }
        });
    }
}
