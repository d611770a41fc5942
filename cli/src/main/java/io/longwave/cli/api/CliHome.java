package io.longwave.cli.api;

import java.nio.file.Path;
import java.util.Map;

/** The client's directory: {@code $LW_CLI_HOME}, else {@code $HOME/.config/longwave-cli}. */
public record CliHome(Path directory) {

    public static CliHome fromEnvironment() {
        return from(System.getenv());
    }

    static CliHome from(Map<String, String> env) {
        String explicit = env.get("LW_CLI_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new CliHome(Path.of(explicit));
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return new CliHome(Path.of(home, ".config", "longwave-cli"));
    }

    public Path configFile() {
        return directory.resolve("config.json");
    }

    public Path authFile() {
        return directory.resolve("auth.json");
    }
}
