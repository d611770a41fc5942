package io.longwave.cli.command;

import picocli.CommandLine.Option;

/** {@code --json} and {@code --quiet}, the same on every command that talks to the server. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print the server's JSON answer.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only IDs (the key itself for api-keys create).")
    boolean quiet;

    public boolean json() {
        return json;
    }

    public boolean quiet() {
        return quiet && !json;
    }
}
