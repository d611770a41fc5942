package io.longwave.cli.auth;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.AuthInfo;
import io.longwave.cli.command.Printer;
import jakarta.json.JsonObject;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code lw cli auth-info}: what the server makes of the stored credential. */
@Command(name = "auth-info", description = "Show the caller's identity and rights (GET /api/v3/auth_info).")
public final class AuthInfoCommand extends ApiCommand {

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        JsonObject info = AuthInfo.fetch(session.api());
        if (AuthInfo.caller(info).isEmpty() && !output.json()) {
            printer.message("not authenticated (lw cli login)");
            return;
        }
        if (output.quiet()) {
            AuthInfo.caller(info).ifPresent(owner -> spec.commandLine().getOut().println(owner.id()));
            spec.commandLine().getOut().flush();
            return;
        }
        printer.object(info, "");
    }
}
