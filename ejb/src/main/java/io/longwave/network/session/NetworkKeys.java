package io.longwave.network.session;

import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.platform.secrets.KeyVault;

/**
 * The network session keys of one device, unwrapped for the frame at hand. KeyContexts are not
 * thread-safe, so each frame gets its own; for LoRaWAN 1.0 all three are the NwkSKey.
 */
public record NetworkKeys(KeyContext fNwkSIntKey, KeyContext sNwkSIntKey, KeyContext nwkSEncKey) {

    public static NetworkKeys of(NsDevice d, KeyVault vault) {
        KeyContext f = new KeyContext(vault.unwrap(d.fNwkSIntKey()));
        if (!d.lorawan11()) {
            return new NetworkKeys(f, f, f);
        }
        return new NetworkKeys(f, new KeyContext(vault.unwrap(d.sNwkSIntKey())), new KeyContext(vault.unwrap(d.nwkSEncKey())));
    }
}
