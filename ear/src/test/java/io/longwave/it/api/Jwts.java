package io.longwave.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A test identity provider: an RSA key pair whose public half the server trusts, and RS256 tokens it signs. */
public final class Jwts {

    private final KeyPair keys;

    public Jwts() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key as PEM (what {@code LW_SSO_PUBLIC_KEY_LOCATION} points to). */
    public Path writePublicKey(Path dir) throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path file = dir.resolve("idp-public.pem");
        Files.writeString(file, pem);
        return file;
    }

    /** A signed token; {@code lifetimeSeconds} may be negative for an expired one. */
    public String token(String issuer, String audience, String user, List<String> groups, long lifetimeSeconds) {
        long now = Instant.now().getEpochSecond();
        JsonArrayBuilder g = Json.createArrayBuilder();
        groups.forEach(g::add);
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer).add("aud", audience).add("sub", user).add("upn", user)
                .add("preferred_username", user).add("email", user + "@corp.example.com").add("name", "SSO " + user)
                .add("groups", g).add("iat", now - 5).add("exp", now + lifetimeSeconds)
                .add("jti", UUID.randomUUID().toString());
        return sign(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString(), claims.build().toString());
    }

    private String sign(String header, String payload) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String unsigned = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + b64.encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
