package io.longwave.cli.entity;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.ListOptions;
import io.longwave.cli.command.OwnerOptions;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code <entity> list}: all visible ones, or those of one user or organization. */
@Command(name = "list", aliases = "ls", description = "List entities (optionally those of --user-id or --organization-id).")
public final class ListEntitiesCommand extends ApiCommand implements BuildsRequest {

    @ArgGroup(exclusive = true)
    OwnerOptions owner;

    @Mixin
    ListOptions list;

    @Override
    public ApiRequest request() {
        EntityKind kind = EntityGroup.of(spec);
        return EntityRequests.list(kind, OwnerOptions.of(owner), list.query());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        EntityKind kind = EntityGroup.of(spec);
        printer.table(session.api().call(request()).body(), kind.collection(), Columns.of(kind));
    }
}
