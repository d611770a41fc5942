package io.longwave.cli.auth;

import io.longwave.cli.api.ServerConfig;
import io.longwave.cli.api.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lw cli use [<server-url>] [--ca <pem>]}: stores the server, or prints the current one. */
@Command(mixinStandardHelpOptions = true, name = "use", description = "Set the server the CLI talks to (stored in config.json); without a URL, print it.")
public final class UseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SERVER-URL", description = "e.g. https://localhost:8885")
    String url;

    @Option(names = "--ca", paramLabel = "PEM", description = "CA certificate to trust (default: .lw/certs/ca.pem when it exists)")
    Path ca;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Session session = Session.fromEnvironment();
            if (url == null) {
                if (ca != null) {
                    throw new IllegalArgumentException("--ca needs a server URL");
                }
                ServerConfig server = session.server();
                out.println("server  " + server.baseUrl());
                out.println("ca      " + server.ca().map(Path::toString).orElse("(system trust store)"));
                out.println("auth    " + session.credentials().map(c -> c.describe()).orElse("(not logged in)"));
                return 0;
            }
            if (ca != null && !Files.isRegularFile(ca)) {
                throw new IllegalArgumentException("no CA file " + ca);
            }
            ServerConfig server = ServerConfig.of(url, ca == null ? null : ca.toAbsolutePath());
            session.configFile().store(server);
            out.println("using " + server.baseUrl() + server.ca().map(p -> " (CA " + p + ")").orElse(""));
            return 0;
        } catch (IOException | IllegalArgumentException | IllegalStateException | jakarta.json.JsonException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
