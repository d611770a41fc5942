package io.longwave.cli.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** {@code auth.json} (mode 0600): the one stored credential. */
public final class CredentialsFile {

    private final Path file;

    public CredentialsFile(CliHome home) {
        this.file = home.authFile();
    }

    public Optional<Credentials> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject o = Jsons.parseObject(Files.readString(file));
        String server = required(o, "server");
        String type = required(o, "type");
        return Optional.of(switch (type) {
            case "oauth" -> new Credentials.OAuthTokens(server, required(o, "access_token"),
                    required(o, "refresh_token"), Instant.parse(required(o, "expires_at")));
            case "api_key" -> new Credentials.ApiKey(server, required(o, "api_key"));
            case "sso" -> new Credentials.SsoToken(server, required(o, "token"));
            default -> throw new IOException(file + ": unknown credential type " + type);
        });
    }

    public void write(Credentials credentials) throws IOException {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder().add("server", credentials.server());
        // Java 17: no pattern matching in switch yet.
        if (credentials instanceof Credentials.OAuthTokens t) {
            b.add("type", "oauth").add("access_token", t.accessToken()).add("refresh_token", t.refreshToken())
                    .add("expires_at", t.expiresAt().toString());
        } else if (credentials instanceof Credentials.ApiKey k) {
            b.add("type", "api_key").add("api_key", k.key());
        } else if (credentials instanceof Credentials.SsoToken s) {
            b.add("type", "sso").add("token", s.token());
        }
        SecureWrite.write(file, Jsons.pretty(b.build()) + "\n", true);
    }

    /** @return whether there was a credential to remove */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }

    private String required(JsonObject o, String name) throws IOException {
        return Jsons.string(o, name).orElseThrow(() -> new IOException(file + ": no " + name));
    }
}
