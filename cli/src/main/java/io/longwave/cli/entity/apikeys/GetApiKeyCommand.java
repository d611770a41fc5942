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

/** {@code api-keys get <entity-id> <key-id>}. */
@Command(name = "get", description = "Show an API key (without the key).")
public final class GetApiKeyCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Parameters(index = "1", paramLabel = "KEY-ID")
    String keyId;

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.object(session.api().call(ApiKeyRequests.get(EntityGroup.of(spec), entityId, keyId)).body(), "id");
    }
}
