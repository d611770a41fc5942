package io.longwave.join;

import io.longwave.join.core.CurrentSession;
import io.longwave.join.core.DeviceRootKeys;
import io.longwave.join.core.JoinInput;
import io.longwave.join.core.JoinOutcome;
import io.longwave.join.core.JoinRejected;
import io.longwave.join.core.JoinRequestHandler;
import io.longwave.join.core.MacVersion;
import io.longwave.join.core.NonceState;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.network.UplinkDrop;
import io.longwave.network.UplinkRejected;
import io.longwave.network.mac.LorawanVersion;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Join Server: root keys and nonce state from Redis ({@link JsDeviceMirror}), the join rules of
 * {@link JoinRequestHandler}, and a compare-and-set of the new nonce state, so that two nodes racing
 * on copies of one join-request cannot both answer it. Nothing is stored on a bad MIC or a replayed nonce.
 */
@ApplicationScoped
public class JoinServer {

    /** Replaces the nonce state only if it is still what was read. */
    private static final String NONCE_CAS = "local c = redis.call('HGET', KEYS[1], 'nonces')"
            + " if (c == false and ARGV[1] == '') or c == ARGV[1] then"
            + " redis.call('HSET', KEYS[1], 'nonces', ARGV[2]) return 1 end return 0";

    private final JoinRequestHandler handler = new JoinRequestHandler();

    @Inject
    RedisClient redis;

    @Inject
    KeyVault vault;

    public JoinOutcome join(String joinEui, String devEui, byte[] phy, String macVersion, int netId, int devAddr,
                            DlSettings dlSettings, int rxDelay, byte[] cfList) throws UplinkRejected {
        return answer(joinEui, devEui, phy, macVersion, netId, devAddr, dlSettings, rxDelay, cfList, null);
    }

    /**
     * A LoRaWAN 1.1 rejoin-request. Type 1 is checked here with JSIntKey and RJcount1; types 0 and 2
     * need {@code session} (the Network Server checked their MIC and RJcount0 already, and the check is
     * repeated here because the join rules own it).
     */
    public JoinOutcome rejoin(String joinEui, String devEui, byte[] phy, String macVersion, int netId, int devAddr,
                              DlSettings dlSettings, int rxDelay, byte[] cfList, CurrentSession session)
            throws UplinkRejected {
        return answer(joinEui, devEui, phy, macVersion, netId, devAddr, dlSettings, rxDelay, cfList, session);
    }

    private JoinOutcome answer(String joinEui, String devEui, byte[] phy, String macVersion, int netId, int devAddr,
                               DlSettings dlSettings, int rxDelay, byte[] cfList, CurrentSession session)
            throws UplinkRejected {
        String key = JsDeviceMirror.key(joinEui, devEui);
        Map<String, String> h = redis.pool().hgetAll(key);
        if (h.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEVICE, "no Join Server device " + joinEui + "/" + devEui);
        }
        MacVersion version = version(macVersion);
        AesKey appKey = key(h.get("k_app"));
        AesKey nwkKey = key(h.get("k_nwk"));
        DeviceRootKeys keys;
        if (version.is11()) {
            if (appKey == null || nwkKey == null) {
                throw new UplinkRejected(UplinkDrop.JOIN_REJECTED, "LoRaWAN 1.1 device " + devEui + " needs app_key and nwk_key");
            }
            keys = DeviceRootKeys.v11(appKey, nwkKey);
        } else {
            AesKey root = appKey != null ? appKey : nwkKey;
            if (root == null) {
                throw new UplinkRejected(UplinkDrop.JOIN_REJECTED, "device " + devEui + " has no root key");
            }
            keys = DeviceRootKeys.v10(root);
        }
        String stored = h.getOrDefault("nonces", "");
        NonceState state = stored.isEmpty() ? NonceState.initial() : NonceState.decode(Base64.getDecoder().decode(stored));
        JoinOutcome outcome;
        try {
            outcome = handler.handle(new JoinInput(phy, keys, version, state, netId, devAddr, dlSettings, rxDelay, cfList,
                    session));
        } catch (JoinRejected e) {
            UplinkDrop reason = switch (e.reason()) {
                case MIC_FAILED -> UplinkDrop.MIC_FAILED;
                case DEV_NONCE_REPLAYED, DEV_NONCE_TOO_SMALL -> UplinkDrop.DEV_NONCE_REPLAY;
                case RJ_COUNT_REPLAYED -> UplinkDrop.REJOIN_COUNT_REPLAY;
                case WRONG_MTYPE -> UplinkDrop.REJOIN_UNSUPPORTED;
                default -> UplinkDrop.JOIN_REJECTED;
            };
            throw new UplinkRejected(reason, (isRejoin(phy) ? "rejoin" : "join") + "-request of " + devEui + ": " + e.getMessage());
        }
        String next = Base64.getEncoder().encodeToString(outcome.newState().encode());
        Object swapped = redis.pool().eval(NONCE_CAS, List.of(key), List.of(stored, next));
        if (!Long.valueOf(1).equals(swapped)) {
            throw new UplinkRejected(isRejoin(phy) ? UplinkDrop.REJOIN_COUNT_REPLAY : UplinkDrop.DEV_NONCE_REPLAY,
                    "request of " + devEui + " answered concurrently");
        }
        return outcome;
    }

    private static boolean isRejoin(byte[] phy) {
        return phy.length > 0 && (phy[0] & 0xFF) >>> 5 == io.longwave.lorawan.frame.MType.REJOIN_REQUEST.code();
    }

    private AesKey key(String wrapped) {
        return wrapped == null || wrapped.isEmpty() ? null : vault.unwrap(wrapped);
    }

    /** The join rules follow the same version names as the MAC layer. */
    static MacVersion version(String macVersion) {
        return MacVersion.valueOf(LorawanVersion.fromMacVersion(macVersion).name());
    }
}
