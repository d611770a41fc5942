package io.longwave.identity.auth;

/** An issued OAuth token pair. */
public record TokenGrant(String accessToken, String refreshToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "TokenGrant[expiresIn=" + expiresInSeconds + "]";
    }
}
