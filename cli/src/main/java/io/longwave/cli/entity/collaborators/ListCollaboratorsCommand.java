package io.longwave.cli.entity.collaborators;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.Printer.Column;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code collaborators list <entity-id>}. */
@Command(name = "list", aliases = "ls", description = "List collaborators and their rights.")
public final class ListCollaboratorsCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.table(session.api().call(CollaboratorRequests.list(EntityGroup.of(spec), entityId)).body(), "collaborators",
                List.of(new Column("COLLABORATOR", ListCollaboratorsCommand::who), Column.path("RIGHTS", "rights")));
    }

    /** {@code user:alice} or {@code organization:acme}. */
    private static String who(JsonObject collaborator) {
        return Jsons.string(collaborator, "ids.user_ids.user_id").map(id -> "user:" + id)
                .or(() -> Jsons.string(collaborator, "ids.organization_ids.organization_id").map(id -> "organization:" + id))
                .orElse("?");
    }
}
