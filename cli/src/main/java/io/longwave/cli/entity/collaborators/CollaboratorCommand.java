package io.longwave.cli.entity.collaborators;

import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.OwnerOptions;
import io.longwave.cli.command.OwnerRef;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Parameters;

/** {@code <entity-id> --user-id|--organization-id}: the arguments every collaborator command but list takes. */
abstract class CollaboratorCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    OwnerOptions collaborator;

    OwnerRef collaborator() {
        return OwnerOptions.of(collaborator).orElseThrow(() -> new IllegalArgumentException("give --user-id or --organization-id"));
    }
}
