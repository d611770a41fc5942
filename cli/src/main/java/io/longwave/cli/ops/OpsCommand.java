package io.longwave.cli.ops;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Operator plumbing called by the {@code ./lw} script rather than by people, hence hidden from usage. */
@Command(name = "ops",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Operator plumbing used by ./lw.",
        subcommands = {CertificatesCommand.class})
public final class OpsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
