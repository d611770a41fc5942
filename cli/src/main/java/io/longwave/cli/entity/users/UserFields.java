package io.longwave.cli.entity.users;

import io.longwave.cli.command.MaskedObject;
import picocli.CommandLine.Option;

/** The user fields that create and update both take; a flag left out is not sent. */
public final class UserFields {

    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(names = "--description", description = "Description.")
    String description;

    @Option(names = "--primary-email-address", description = "Primary email address.")
    String primaryEmailAddress;

    @Option(names = "--admin", arity = "0..1", description = "Administrator (--admin or --admin=false).")
    Boolean admin;

    @Option(names = "--state", description = "STATE_REQUESTED, STATE_APPROVED, STATE_REJECTED, STATE_FLAGGED, STATE_SUSPENDED (admin).")
    String state;

    @Option(names = "--require-password-update", arity = "0..1", description = "Ask for a new password at the next login.")
    Boolean requirePasswordUpdate;

    MaskedObject fields() {
        return new MaskedObject()
                .set("name", name)
                .set("description", description)
                .set("primary_email_address", primaryEmailAddress)
                .set("admin", admin)
                .set("state", state)
                .set("require_password_update", requirePasswordUpdate);
    }
}
