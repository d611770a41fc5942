package io.longwave.cli.entity;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.AuthInfo;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.command.OwnerOptions;
import io.longwave.cli.command.OwnerRef;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Parameters;

/** {@code <entity> create <id> [--user-id | --organization-id]}: the owner defaults to the logged-in user. */
public abstract class CreateOwnedEntityCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @ArgGroup(exclusive = true, heading = "Owner (default: the logged-in user):%n")
    OwnerOptions owner;

    /** The entity's fields from its flags. */
    protected abstract MaskedObject fields();

    ApiRequest request(OwnerRef resolvedOwner) {
        EntityKind kind = EntityGroup.of(spec);
        if (kind == EntityKind.ORGANIZATION && resolvedOwner.kind() != EntityKind.USER) {
            throw new IllegalArgumentException("organizations are created by users: give --user-id");
        }
        return EntityRequests.create(kind, Optional.of(resolvedOwner), id, fields(), Map.of());
    }

    /** With the owner given as a flag; {@link #execute} asks the server for the caller otherwise. */
    @Override
    public ApiRequest request() {
        return request(OwnerOptions.of(owner).orElseThrow(
                () -> new IllegalArgumentException("give --user-id or --organization-id")));
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        var api = session.api();
        OwnerRef resolved = AuthInfo.ownerOrCaller(OwnerOptions.of(owner), api);
        printer.object(api.call(request(resolved)).body(), "ids." + EntityGroup.of(spec).idField());
    }
}
