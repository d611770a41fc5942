package io.longwave.cli.entity.collaborators;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.RightOptions;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code collaborators set <entity-id> --user-id U --right-...}: sets (replaces) the rights; none removes. */
@Command(name = "set", description = "Set a collaborator's rights (replacing earlier ones; no right flags removes).",
        modelTransformer = RightOptions.class)
public final class SetCollaboratorCommand extends CollaboratorCommand implements BuildsRequest {

    @Override
    public ApiRequest request() {
        return CollaboratorRequests.set(EntityGroup.of(spec), entityId, collaborator(), RightOptions.selected(spec));
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        session.api().call(request());
        printer.done("set rights of " + collaborator() + " on " + EntityGroup.of(spec).singular() + " " + entityId);
    }
}
