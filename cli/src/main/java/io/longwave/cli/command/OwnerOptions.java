package io.longwave.cli.command;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --user-id | --organization-id}: an owner, a collaborator or a list filter (use in an exclusive ArgGroup). */
public final class OwnerOptions {

    @Option(names = "--user-id", description = "User ID.")
    String userId;

    @Option(names = "--organization-id", description = "Organization ID.")
    String organizationId;

    public OwnerOptions() {
    }

    public OwnerOptions(String userId, String organizationId) {
        this.userId = userId;
        this.organizationId = organizationId;
    }

    /** Null-safe for an ArgGroup picocli left unset. */
    public static Optional<OwnerRef> of(OwnerOptions options) {
        if (options == null) {
            return Optional.empty();
        }
        if (options.userId != null) {
            return Optional.of(new OwnerRef(EntityKind.USER, options.userId));
        }
        return Optional.ofNullable(options.organizationId).map(id -> new OwnerRef(EntityKind.ORGANIZATION, id));
    }
}
