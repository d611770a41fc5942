package io.longwave.cli.entity.collaborators;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code collaborators delete <entity-id> --user-id U}. */
@Command(name = "delete", aliases = "rm", description = "Remove a collaborator.")
public final class DeleteCollaboratorCommand extends CollaboratorCommand implements BuildsRequest {

    @Override
    public ApiRequest request() {
        return CollaboratorRequests.delete(EntityGroup.of(spec), entityId, collaborator());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        session.api().call(request());
        printer.done("removed " + collaborator() + " from " + EntityGroup.of(spec).singular() + " " + entityId);
    }
}
