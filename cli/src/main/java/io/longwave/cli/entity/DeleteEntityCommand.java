package io.longwave.cli.entity;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code <entity> delete <id>}. */
@Command(name = "delete", aliases = "rm", description = "Delete an entity (restorable for a while, see restore).")
public final class DeleteEntityCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public ApiRequest request() {
        return EntityRequests.delete(EntityGroup.of(spec), id);
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        EntityKind kind = EntityGroup.of(spec);
        session.api().call(request());
        printer.done("deleted " + kind.singular() + " " + id);
    }
}
