package io.longwave.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** The Things Stack identifier syntax for users, organizations, applications, gateways and devices. */
public final class Identifiers {

    /** 2 to 36 lower-case letters, digits and single dashes, not starting or ending with a dash. */
    public static final Pattern ID = Pattern.compile("^[a-z0-9](?:-?[a-z0-9]){1,35}$");

    private Identifiers() {
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * A valid user ID made from an external name such as an SSO subject or e-mail address: the part
     * before {@code @}, lower-cased, other characters turned into single dashes, cut to 36.
     */
    public static String fromExternal(String external) {
        String base = external.contains("@") ? external.substring(0, external.indexOf('@')) : external;
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 36) {
            id = id.substring(0, 36).replaceAll("-+$", "");
        }
        if (id.length() < 2) {
            id = (id + "-user").replaceAll("^-+", "");
        }
        return id;
    }
}
