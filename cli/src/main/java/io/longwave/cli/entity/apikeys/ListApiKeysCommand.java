package io.longwave.cli.entity.apikeys;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.Printer.Column;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code api-keys list <entity-id>}. */
@Command(name = "list", aliases = "ls", description = "List API keys (never the keys themselves).")
public final class ListApiKeysCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.table(session.api().call(ApiKeyRequests.list(EntityGroup.of(spec), entityId)).body(), "api_keys",
                List.of(Column.path("ID", "id"), Column.path("NAME", "name"), Column.path("CREATED AT", "created_at"),
                        Column.path("EXPIRES AT", "expires_at"), Column.path("RIGHTS", "rights")));
    }
}
