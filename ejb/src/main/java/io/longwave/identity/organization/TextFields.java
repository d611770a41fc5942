package io.longwave.identity.organization;

import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonObject;

/** The {@code name} and {@code description} every entity has, with The Things Stack's length limits. */
public final class TextFields {

    static final int MAX_NAME = 50;
    static final int MAX_DESCRIPTION = 2000;

    private TextFields() {
    }

    public static String name(JsonObject body) {
        return bounded(body, "name", MAX_NAME);
    }

    public static String description(JsonObject body) {
        return bounded(body, "description", MAX_DESCRIPTION);
    }

    private static String bounded(JsonObject body, String field, int max) {
        String value = JsonFields.string(body, field).orElse("");
        if (value.length() > max) {
            throw IdentityException.invalid(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
