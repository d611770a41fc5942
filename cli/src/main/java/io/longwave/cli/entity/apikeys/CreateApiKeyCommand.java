package io.longwave.cli.entity.apikeys;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.RightOptions;
import io.longwave.cli.command.Timestamps;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code api-keys create <entity-id> --right-...}: prints the key, which the server shows only this once. */
@Command(name = "create", description = "Create an API key; the key is printed once (--quiet: only the key).",
        modelTransformer = RightOptions.class)
public final class CreateApiKeyCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ENTITY-ID")
    String entityId;

    @Option(names = "--name", description = "Name of the key.")
    String name;

    @Option(names = "--expires-at", description = "Expiry, RFC 3339 (e.g. 2030-01-31T12:00:00Z).")
    String expiresAt;

    @Override
    public ApiRequest request() {
        List<String> rights = RightOptions.selected(spec);
        if (rights.isEmpty()) {
            throw new IllegalArgumentException("give at least one --right-... flag (--right-all for every right)");
        }
        return ApiKeyRequests.create(EntityGroup.of(spec), entityId, name, rights,
                Timestamps.rfc3339("--expires-at", expiresAt));
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        JsonObject key = session.api().call(request()).body();
        if (Jsons.string(key, "key").isEmpty()) {
            throw new ApiException(200, "the server answered without the key");
        }
        printer.object(key, "key");
        if (!output.json() && !output.quiet()) {
            spec.commandLine().getErr().println("the key is shown only now: store it");
        }
    }
}
