package io.longwave.cli.api;

/** The server refused a call; the message is the server's own (the {@code message} of its error body). */
public final class ApiException extends Exception {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
