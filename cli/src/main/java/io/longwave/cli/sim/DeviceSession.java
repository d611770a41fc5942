package io.longwave.cli.sim;

import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.SessionKeys10;
import io.longwave.lorawan.crypto.SessionKeys11;

/**
 * A device's session: DevAddr and ready key contexts. A 1.0 session uses NwkSKey for all three network
 * keys; {@code v11} says which MIC and FOpts rules apply.
 */
public record DeviceSession(int devAddr, boolean v11, KeyContext fNwkSIntKey, KeyContext sNwkSIntKey,
                            KeyContext nwkSEncKey, KeyContext appSKey) {

    public static DeviceSession of10(int devAddr, AesKey nwkSKey, AesKey appSKey) {
        KeyContext nwk = new KeyContext(nwkSKey);
        return new DeviceSession(devAddr, false, nwk, nwk, nwk, new KeyContext(appSKey));
    }

    public static DeviceSession of10(int devAddr, SessionKeys10 keys) {
        return of10(devAddr, keys.nwkSKey(), keys.appSKey());
    }

    public static DeviceSession of11(int devAddr, AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey,
                                     AesKey appSKey) {
        return new DeviceSession(devAddr, true, new KeyContext(fNwkSIntKey), new KeyContext(sNwkSIntKey),
                new KeyContext(nwkSEncKey), new KeyContext(appSKey));
    }

    public static DeviceSession of11(int devAddr, SessionKeys11 keys) {
        return of11(devAddr, keys.fNwkSIntKey(), keys.sNwkSIntKey(), keys.nwkSEncKey(), keys.appSKey());
    }
}
