package io.longwave.identity.application;

import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonObject;

/** A cluster address field ({@code network_server_address} and the like): {@code host[:port]}, empty for the default. */
public final class ServerAddress {

    private static final int MAX = 255;

    private ServerAddress() {
    }

    public static String read(JsonObject body, String field) {
        String value = JsonFields.string(body, field).orElse("");
        if (value.length() > MAX || !value.matches("[A-Za-z0-9.:\\[\\]_-]*")) {
            throw IdentityException.invalid(field, "must be a host[:port] of at most " + MAX + " characters");
        }
        return value;
    }
}
