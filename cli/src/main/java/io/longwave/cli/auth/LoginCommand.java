package io.longwave.cli.auth;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Credentials;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.AuthInfo;
import io.longwave.cli.command.OwnerRef;
import io.longwave.cli.command.Printer;
import jakarta.json.JsonObject;
import java.io.IOException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lw cli login}: with a password (OAuth password grant of the {@code cli} client), an SSO JWT
 * or an API key. Tokens and keys are checked against {@code auth_info} before they are stored.
 */
@Command(name = "login", description = "Log in: --username/--password (OAuth), --sso-token or --api-key.")
public final class LoginCommand extends ApiCommand {

    static final class Method {
        @ArgGroup(exclusive = false)
        PasswordLogin password;

        @Option(names = "--sso-token", paramLabel = "JWT", description = "A JWT of the corporate identity provider.")
        String ssoToken;

        @Option(names = "--api-key", paramLabel = "KEY", description = "An API key (NNSXS...).")
        String apiKey;
    }

    static final class PasswordLogin {
        @Option(names = "--username", description = "User ID or email address.")
        String username;

        @Option(names = "--password", description = "Password (prefer --password-stdin or the prompt).")
        String password;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordStdin;

        @Option(names = "--store-api-key", paramLabel = "NAME",
                description = "After logging in, create an API key with RIGHT_ALL named NAME (replacing keys of that"
                        + " name) and keep it as the credential instead of the OAuth tokens.")
        String storeApiKey;
    }

    @ArgGroup(exclusive = true)
    Method method;

    @Override
    protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
        String server = session.server().origin();
        Credentials credentials;
        if (method != null && method.apiKey != null) {
            credentials = new Credentials.ApiKey(server, method.apiKey.strip());
        } else if (method != null && method.ssoToken != null) {
            credentials = new Credentials.SsoToken(server, method.ssoToken.strip());
        } else {
            PasswordLogin login = method != null && method.password != null ? method.password : new PasswordLogin();
            String username = login.username != null ? login.username : Prompt.line("username: ");
            Credentials.OAuthTokens tokens = session.tokens().password(username, password(login));
            credentials = login.storeApiKey == null ? tokens : new ApiKeyExchange(session).exchange(tokens, login.storeApiKey);
        }
        JsonObject info = AuthInfo.fetch(session.api(credentials));
        OwnerRef caller = AuthInfo.caller(info).orElseThrow(
                () -> new ApiException(401, "the server did not accept the " + credentials.describe()));
        session.credentialsFile().write(credentials);
        printer.message("logged in to " + session.server().baseUrl() + " as " + caller + " with " + credentials.describe());
    }

    private static String password(PasswordLogin login) throws IOException {
        if (login.password != null && login.passwordStdin) {
            throw new IllegalArgumentException("give --password or --password-stdin, not both");
        }
        if (login.password != null) {
            return login.password;
        }
        if (login.passwordStdin) {
            return Prompt.stdinLine();
        }
        return Prompt.secret("password: ");
    }
}
