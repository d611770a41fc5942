package io.longwave.cli.entity.apikeys;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code api-keys delete <entity-id> <key-id>}. */
@Command(name = "delete", aliases = "rm", description = "Delete an API key.")
public final class DeleteApiKeyCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Parameters(index = "1", paramLabel = "KEY-ID")
    String keyId;

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        session.api().call(ApiKeyRequests.delete(EntityGroup.of(spec), entityId, keyId));
        printer.done("deleted API key " + keyId);
    }
}
