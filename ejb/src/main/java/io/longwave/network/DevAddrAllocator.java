package io.longwave.network;

import io.longwave.platform.config.DevAddrRange;
import io.longwave.platform.config.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * DevAddrs for joining devices: random within the network's range (TTS_DEVADDR_RANGE, else the
 * NetID's block). Collisions are harmless: sessions sharing a DevAddr are told apart by MIC.
 */
@ApplicationScoped
public class DevAddrAllocator {

    @Inject
    ServerSettings settings;

    private final SecureRandom random = new SecureRandom();

    public int next() {
        DevAddrRange range = settings.get().devAddrRange();
        int free = 32 - range.length();
        int mask = free >= 32 ? -1 : (1 << free) - 1;
        return range.prefix() | (random.nextInt() & mask);
    }
}
