package io.longwave.cli.command;

import java.util.Locale;

/** EUI-64 flags: 16 hex digits, sent upper case as the API writes them. */
public final class Eui {

    private Eui() {
    }

    /** @return null for null */
    public static String normalize(String flag, String value) {
        if (value == null) {
            return null;
        }
        String hex = value.replace("-", "").replace(":", "");
        if (!hex.matches("[0-9A-Fa-f]{16}")) {
            throw new IllegalArgumentException(flag + ": an EUI is 16 hexadecimal digits, not " + value);
        }
        return hex.toUpperCase(Locale.ROOT);
    }
}
