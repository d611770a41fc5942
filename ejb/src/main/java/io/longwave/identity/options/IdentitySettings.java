package io.longwave.identity.options;

import io.longwave.platform.config.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The server's Identity Server options, read once from MicroProfile Config. */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    ServerSettings server;

    private volatile IdentityOptions options;

    public IdentityOptions get() {
        IdentityOptions o = options;
        if (o == null) {
            Config config = ConfigProvider.getConfig();
            var s = server.get();
            o = new IdentityOptionsReader(name -> config.getOptionalValue(name, String.class))
                    .read(s.netId().hex(), s.noreplyEmail(), s.serverName());
            options = o;
        }
        return o;
    }
}
