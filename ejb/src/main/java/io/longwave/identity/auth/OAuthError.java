package io.longwave.identity.auth;

import jakarta.ejb.ApplicationException;

/** A refused token request, with its RFC 6749 error code ({@code invalid_grant}, {@code invalid_client}, ...). */
@ApplicationException(rollback = true)
public class OAuthError extends RuntimeException {

    private final String error;
    private final int status;

    public OAuthError(String error, String description, int status) {
        super(description);
        this.error = error;
        this.status = status;
    }

    public String error() { return error; }
    public int status() { return status; }
}
