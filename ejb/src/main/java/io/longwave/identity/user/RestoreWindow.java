package io.longwave.identity.user;

import io.longwave.identity.IdentityException;
import java.time.Duration;
import java.time.Instant;

/** {@code is.delete.restore}: a soft-deleted entity can be restored only this long after its deletion. */
public final class RestoreWindow {

    private RestoreWindow() {
    }

    public static void require(Instant deletedAt, Duration window, Instant now) {
        if (deletedAt.plus(window).isBefore(now)) {
            throw IdentityException.precondition("restore_window_expired",
                    "deleted at " + deletedAt + "; the restore window of " + window + " has passed");
        }
    }
}
