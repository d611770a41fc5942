package io.longwave.cli.lorawan;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lw cli lorawan}: offline tools for LoRaWAN frames. */
@Command(name = "lorawan",
        mixinStandardHelpOptions = true,
        description = "Decode and encode LoRaWAN PHYPayloads.",
        subcommands = {DecodeCommand.class, EncodeCommand.class})
public final class LorawanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
