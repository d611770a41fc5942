package io.longwave.identity.user;

import io.longwave.identity.IdentityException;
import java.util.regex.Pattern;

/** A plausible e-mail address: something@domain.tld, at most 254 characters. Delivery proves the rest. */
public final class EmailAddress {

    private static final Pattern FORM = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static String require(String field, String value) {
        if (value == null || value.length() > 254 || !FORM.matcher(value).matches()) {
            throw IdentityException.invalid(field, "must be an e-mail address");
        }
        return value;
    }
}
