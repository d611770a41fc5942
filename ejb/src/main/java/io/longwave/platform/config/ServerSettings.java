package io.longwave.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The deployment settings as the server sees them: the same parser as {@code ./lw}, fed by MP Config. */
@ApplicationScoped
public class ServerSettings {

    private volatile DeploymentSettings settings;

    /** Parses on first use; an invalid value throws {@link InvalidSettingException} naming the variable. */
    public DeploymentSettings get() {
        DeploymentSettings s = settings;
        if (s == null) {
            Config config = ConfigProvider.getConfig();
            s = DeploymentSettingsParser.parse(name -> config.getOptionalValue(name, String.class));
            settings = s;
        }
        return s;
    }

    public static String value(String name, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
