package io.longwave.cli.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Timestamps given on the command line, sent as RFC 3339 UTC like every timestamp of the API. */
public final class Timestamps {

    private Timestamps() {
    }

    /** @return null for null; the UTC RFC 3339 form of an RFC 3339 time with any offset */
    public static String rfc3339(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + ": not an RFC 3339 time (e.g. 2030-01-31T12:00:00Z): " + value);
        }
    }

    public static Instant parse(String value) {
        return OffsetDateTime.parse(value).toInstant();
    }
}
