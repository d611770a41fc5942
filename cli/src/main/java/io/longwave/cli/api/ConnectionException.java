package io.longwave.cli.api;

/** The server could not be reached or spoke no HTTP we understand (exit code 2, unlike refusals). */
public final class ConnectionException extends Exception {

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
