package io.longwave.cli.api;

import java.time.Instant;

/** What the CLI authenticates with; each kind is bound to the server (origin) that issued it. */
public sealed interface Credentials {

    String server();

    /** The value of {@code Authorization: Bearer ...}. */
    String bearer();

    /** Short description for messages; never contains the secret. */
    String describe();

    record OAuthTokens(String server, String accessToken, String refreshToken, Instant expiresAt) implements Credentials {
        @Override
        public String bearer() {
            return accessToken;
        }

        @Override
        public String describe() {
            return "OAuth access token (expires " + expiresAt + ")";
        }

        /** Refreshed a little early, so a token does not expire between the check and the call. */
        public boolean expiresBefore(Instant instant) {
            return expiresAt.minusSeconds(30).isBefore(instant);
        }
    }

    record ApiKey(String server, String key) implements Credentials {
        @Override
        public String bearer() {
            return key;
        }

        @Override
        public String describe() {
            return "API key";
        }
    }

    record SsoToken(String server, String token) implements Credentials {
        @Override
        public String bearer() {
            return token;
        }

        @Override
        public String describe() {
            return "SSO token";
        }
    }
}
