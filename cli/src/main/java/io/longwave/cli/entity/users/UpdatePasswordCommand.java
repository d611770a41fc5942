package io.longwave.cli.entity.users;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.Printer;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users update-password <user-id> --old --new}. */
@Command(name = "update-password", description = "Change a user's password.")
public final class UpdatePasswordCommand extends ApiCommand implements BuildsRequest {

    @Parameters(index = "0", paramLabel = "USER-ID")
    String userId;

    @Option(names = "--old", required = true, description = "Current password.")
    String oldPassword;

    @Option(names = "--new", required = true, description = "New password.")
    String newPassword;

    @Option(names = "--revoke-all-access-tokens", description = "Log out every OAuth session of the user.")
    boolean revokeAllAccessTokens;

    @Override
    public ApiRequest request() {
        return ApiRequest.put(EntityKind.USER.path(userId) + "/password", Jsons.PROVIDER.createObjectBuilder()
                .add("old_password", oldPassword)
                .add("new_password", newPassword)
                .add("revoke_all_access_tokens", revokeAllAccessTokens)
                .build());
    }

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        session.api().call(request());
        printer.done("password of user " + userId + " changed");
    }
}
