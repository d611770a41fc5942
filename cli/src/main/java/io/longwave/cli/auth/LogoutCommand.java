package io.longwave.cli.auth;

import io.longwave.cli.api.CliHome;
import io.longwave.cli.api.CredentialsFile;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lw cli logout}: forgets the stored credential (auth.json). */
@Command(mixinStandardHelpOptions = true, name = "logout", description = "Remove the stored credential.")
public final class LogoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            boolean removed = new CredentialsFile(CliHome.fromEnvironment()).delete();
            spec.commandLine().getOut().println(removed ? "logged out" : "was not logged in");
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }
}
