package io.longwave.cli.entity.users;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.Printer;
import io.longwave.cli.entity.EntityRequests;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users create <user-id> --primary-email-address --password ...}. */
@Command(name = "create", description = "Create a user (admin, or with an invitation token).")
public final class CreateUserCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "USER-ID")
    String userId;

    @Option(names = "--password", required = true, description = "Initial password.")
    String password;

    @Option(names = "--invitation-token", description = "Token of an invitation (when not admin).")
    String invitationToken;

    @Mixin
    UserFields fields;

    @Override
    public ApiRequest request() {
        Map<String, String> topLevel = new LinkedHashMap<>();
        topLevel.put("invitation_token", invitationToken);
        return EntityRequests.create(EntityKind.USER, Optional.empty(), userId, fields.fields().set("password", password),
                topLevel);
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        printer.object(session.api().call(request()).body(), "ids.user_id");
    }
}
