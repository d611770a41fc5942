package io.longwave.cli.entity;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code <entity> get <id>}. */
@Command(name = "get", description = "Show one entity.")
public final class GetEntityCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--field-mask", split = ",", paramLabel = "FIELD",
            description = "Fields to read (default: all).")
    List<String> fieldMask;

    @Override
    public ApiRequest request() {
        return EntityRequests.get(EntityGroup.of(spec), id, fieldMask != null ? fieldMask : List.of());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.object(session.api().call(request()).body(), "ids." + EntityGroup.of(spec).idField());
    }
}
