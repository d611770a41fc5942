package io.longwave.cli.api;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The client's state for one command: the server, the stored credential (only when it was issued by
 * this server) and, for OAuth, a refresh of an expired access token before the first call.
 */
public final class Session {

    private final ServerConfig server;
    private final ServerConfigFile configFile;
    private final CredentialsFile credentialsFile;
    private final Clock clock;
    private HttpTransport transport;

    public Session(CliHome home, Clock clock) {
        this.configFile = new ServerConfigFile(home, RepositoryRoot.locate());
        this.credentialsFile = new CredentialsFile(home);
        this.clock = clock;
        try {
            this.server = configFile.effective();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + home.configFile() + ": " + e.getMessage(), e);
        }
    }

    public static Session fromEnvironment() {
        return new Session(CliHome.fromEnvironment(), Clock.systemUTC());
    }

    public ServerConfig server() {
        return server;
    }

    public ServerConfigFile configFile() {
        return configFile;
    }

    public CredentialsFile credentialsFile() {
        return credentialsFile;
    }

    public HttpTransport transport() throws IOException {
        if (transport == null) {
            transport = new HttpTransport(server);
        }
        return transport;
    }

    public TokenClient tokens() throws IOException {
        return new TokenClient(transport(), server.origin(), clock);
    }

    /** The stored credential when it belongs to the current server. */
    public Optional<Credentials> credentials() throws IOException {
        return credentialsFile.read().filter(c -> c.server().equals(server.origin()));
    }

    /** A client authenticated with the stored credential (anonymous without one), refreshed when expired. */
    public ApiClient api() throws IOException, ApiException, ConnectionException {
        Optional<Credentials> credentials = credentials();
        if (credentials.isPresent() && credentials.get() instanceof Credentials.OAuthTokens tokens
                && tokens.expiresBefore(clock.instant())) {
            credentials = Optional.of(refresh(tokens));
        }
        return new ApiClient(transport(), credentials.map(Credentials::bearer));
    }

    public ApiClient api(Credentials credentials) throws IOException {
        return new ApiClient(transport(), Optional.of(credentials.bearer()));
    }

    private Credentials refresh(Credentials.OAuthTokens tokens) throws IOException, ApiException, ConnectionException {
        if (tokens.refreshToken().isEmpty()) {
            throw new ApiException(401, "the access token expired: log in again (lw cli login)");
        }
        Credentials.OAuthTokens fresh;
        try {
            fresh = tokens().refresh(tokens);
        } catch (ApiException e) {
            throw new ApiException(e.status(), "the session expired (" + e.getMessage() + "): log in again (lw cli login)");
        }
        credentialsFile.write(fresh);
        return fresh;
    }
}
