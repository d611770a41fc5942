package io.longwave.identity.options;

import io.longwave.platform.config.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's Identity Server options from MicroProfile Config. They are read again at most once a
 * second, so that a change to a server.xml variable (for example in {@code configDropins/overrides})
 * takes effect without a restart; environment variables are fixed for the life of the process.
 */
@ApplicationScoped
public class IdentitySettings {

    private static final long REFRESH_NANOS = 1_000_000_000L;

    @Inject
    ServerSettings server;

    private record Snapshot(IdentityOptions options, long readAt) {
    }

    private volatile Snapshot snapshot;

    public IdentityOptions get() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > REFRESH_NANOS) {
            Config config = ConfigProvider.getConfig();
            var settings = server.get();
            s = new Snapshot(new IdentityOptionsReader(name -> config.getOptionalValue(name, String.class))
                    .read(settings.netId().hex(), settings.noreplyEmail(), settings.serverName()), now);
            snapshot = s;
        }
        return s.options();
    }
}
