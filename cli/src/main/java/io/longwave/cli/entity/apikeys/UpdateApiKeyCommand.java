package io.longwave.cli.entity.apikeys;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.RightOptions;
import io.longwave.cli.command.Timestamps;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code api-keys update <entity-id> <key-id>}: changes exactly the fields whose flags are given. */
@Command(name = "update", description = "Change the name, expiry or rights (right flags replace all rights).",
        modelTransformer = RightOptions.class)
public final class UpdateApiKeyCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Parameters(index = "1", paramLabel = "KEY-ID")
    String keyId;

    @Option(names = "--name", description = "New name.")
    String name;

    @Option(names = "--expires-at", description = "New expiry, RFC 3339.")
    String expiresAt;

    @Override
    public ApiRequest request() {
        return ApiKeyRequests.update(EntityGroup.of(spec), entityId, keyId, name, RightOptions.selected(spec),
                Timestamps.rfc3339("--expires-at", expiresAt));
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.object(session.api().call(request()).body(), "id");
    }
}
