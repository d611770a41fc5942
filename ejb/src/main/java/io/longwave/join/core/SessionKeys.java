package io.longwave.join.core;

import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.SessionKeys10;
import io.longwave.lorawan.crypto.SessionKeys11;
import java.util.Objects;

/**
 * The session keys a join produced, always in the 1.1 shape so that the Network Server has one model;
 * a 1.0 session uses NwkSKey for all three network keys.
 */
public record SessionKeys(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {

    public SessionKeys {
        Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
        Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
        Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
        Objects.requireNonNull(appSKey, "appSKey");
    }

    public static SessionKeys of(SessionKeys10 k) {
        return new SessionKeys(k.nwkSKey(), k.nwkSKey(), k.nwkSKey(), k.appSKey());
    }

    public static SessionKeys of(SessionKeys11 k) {
        return new SessionKeys(k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey());
    }
}
