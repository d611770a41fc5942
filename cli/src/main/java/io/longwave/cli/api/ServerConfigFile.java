package io.longwave.cli.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code config.json}: the current server. Without one, or without a CA in it, the defaults are
 * {@code https://localhost:8885} and the CA that {@code ./lw up} made, when it is there.
 */
public final class ServerConfigFile {

    static final String DEFAULT_URL = "https://localhost:8885";
    static final Path DEFAULT_CA = Path.of(".lw", "certs", "ca.pem");

    private final Path file;
    private final Path defaultCa;

    public ServerConfigFile(CliHome home, Path repositoryRoot) {
        this.file = home.configFile();
        this.defaultCa = repositoryRoot.resolve(DEFAULT_CA);
    }

    public Optional<ServerConfig> stored() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject o = Jsons.parseObject(Files.readString(file));
        String url = Jsons.string(o, "server_url")
                .orElseThrow(() -> new IOException(file + ": no server_url"));
        return Optional.of(ServerConfig.of(url, Jsons.string(o, "ca_file").map(Path::of).orElse(null)));
    }

    /** The stored server, or the default one; the default CA fills in when none was stored. */
    public ServerConfig effective() throws IOException {
        ServerConfig config = stored().orElseGet(() -> ServerConfig.of(DEFAULT_URL, null));
        if (config.ca().isEmpty() && Files.isRegularFile(defaultCa)) {
            return new ServerConfig(config.baseUrl(), Optional.of(defaultCa.toAbsolutePath()));
        }
        return config;
    }

    public void store(ServerConfig config) throws IOException {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder().add("server_url", config.baseUrl().toString());
        config.ca().ifPresent(ca -> b.add("ca_file", ca.toAbsolutePath().toString()));
        SecureWrite.write(file, Jsons.pretty(b.build()) + "\n", false);
    }
}
