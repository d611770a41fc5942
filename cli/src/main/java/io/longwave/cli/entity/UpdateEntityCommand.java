package io.longwave.cli.entity;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.Parameters;

/** {@code <entity> update <id> --flags}: changes exactly the fields whose flags are given. */
public abstract class UpdateEntityCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    /** The entity's fields from its flags. */
    protected abstract MaskedObject fields();

    @Override
    public ApiRequest request() {
        return EntityRequests.update(EntityGroup.of(spec), id, fields());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        EntityKind kind = EntityGroup.of(spec);
        printer.object(session.api().call(request()).body(), "ids." + kind.idField());
    }
}
