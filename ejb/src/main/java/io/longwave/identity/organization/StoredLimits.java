package io.longwave.identity.organization;

import io.longwave.identity.IdentityException;
import java.util.OptionalInt;

/** The entity limits stored on users, organizations and applications at creation; only admins change them. */
public final class StoredLimits {

    private StoredLimits() {
    }

    /** The option's value to store on a new entity; null stands for unlimited. */
    public static Integer initial(OptionalInt option) {
        return option.isPresent() ? option.getAsInt() : null;
    }

    public static void requireAdmin(boolean admin, String field) {
        if (!admin) {
            throw IdentityException.permissionDenied("admin rights to change `" + field + "`");
        }
    }
}
