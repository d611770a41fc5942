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

/** {@code collaborators get <entity-id> --user-id U}: the collaborator's rights. */
@Command(name = "get", description = "Show a collaborator's rights.")
public final class GetCollaboratorCommand extends CollaboratorCommand implements BuildsRequest {

    @Override
    public ApiRequest request() {
        return CollaboratorRequests.get(EntityGroup.of(spec), entityId, collaborator());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.object(session.api().call(request()).body(),
                "rights");
    }
}
