package io.longwave.cli.sim;

import io.longwave.lorawan.crypto.AesKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Everything provisioned for one simulated device, derived from the prefix and its index so that a
 * re-run with the same prefix reuses the same registrations. Keys are SHA-256 of a label (test material,
 * not secrets).
 */
public record DeviceIdentity(int index, String deviceId, long devEui, long joinEui, int devAddr,
                             AesKey appKey, AesKey nwkKey,
                             AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {

    /** ABP DevAddrs are {@code devAddrBase | prefix byte << 16 | index}: give a base inside the server's NetID range. */
    public static DeviceIdentity of(String prefix, int index, int devAddrBase) {
        String id = String.format(Locale.ROOT, "%s-dev-%05d", prefix, index + 1);
        long hash = prefixHash(prefix);
        long devEui = 0x5349_4D00_0000_0000L | (hash & 0xFF_FFFFL) << 24 | (index + 1);
        long joinEui = 0x5349_4D4A_4F49_4E00L;
        int devAddr = devAddrBase | (int) ((hash & 0xFF) << 16) | ((index + 1) & 0xFFFF);
        return new DeviceIdentity(index, id, devEui, joinEui, devAddr,
                key("app_key", id, prefix), key("nwk_key", id, prefix),
                key("f_nwk_s_int_key", id, prefix), key("s_nwk_s_int_key", id, prefix),
                key("nwk_s_enc_key", id, prefix), key("app_s_key", id, prefix));
    }

    public static String gatewayId(String prefix, int index) {
        return String.format(Locale.ROOT, "%s-gw-%04d", prefix, index + 1);
    }

    public static long gatewayEui(String prefix, int index) {
        return 0x5349_4D47_0000_0000L | (prefixHash(prefix) & 0xFFFFL) << 16 | (index + 1);
    }

    public static String hex(long eui) {
        return String.format(Locale.ROOT, "%016X", eui);
    }

    public static String hex(int devAddr) {
        return String.format(Locale.ROOT, "%08X", devAddr);
    }

    private static long prefixHash(String prefix) {
        byte[] d = sha256("prefix|" + prefix);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (d[i] & 0xFF);
        }
        return v;
    }

    private static AesKey key(String kind, String deviceId, String prefix) {
        return new AesKey(Arrays.copyOf(sha256(kind + "|" + prefix + "|" + deviceId), AesKey.LENGTH));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
