package io.longwave.join.core;

import io.longwave.lorawan.crypto.AesKey;
import java.util.Objects;

/**
 * Root keys of a device. In 1.0.x {@code appKey} is the only root key and {@code nwkKey} is null; in
 * 1.1 NwkKey protects the join and derives the network keys, AppKey only derives AppSKey.
 */
public record DeviceRootKeys(AesKey appKey, AesKey nwkKey) {

    public DeviceRootKeys {
        Objects.requireNonNull(appKey, "appKey");
    }

    public static DeviceRootKeys v10(AesKey appKey) {
        return new DeviceRootKeys(appKey, null);
    }

    public static DeviceRootKeys v11(AesKey appKey, AesKey nwkKey) {
        return new DeviceRootKeys(appKey, Objects.requireNonNull(nwkKey, "nwkKey"));
    }
}
