package io.longwave.cli.command;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that talks to the server: the output options, and one place that turns
 * failures into exit codes (1: the server or the input said no; 2: the server could not be reached).
 */
@Command(mixinStandardHelpOptions = true, abbreviateSynopsis = true)
public abstract class ApiCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Mixin
    protected OutputOptions output;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            execute(Session.fromEnvironment(), new Printer(spec.commandLine().getOut(), output));
            return 0;
        } catch (ConnectionException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (ApiException | IOException | IllegalArgumentException | IllegalStateException
                 | jakarta.json.JsonException e) {
            // JsonException: a hand-edited config.json or auth.json that is no longer JSON.
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
    }

    protected abstract void execute(Session session, Printer printer)
            throws IOException, ApiException, ConnectionException;
}
