package io.longwave.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./lw cli}: one picocli command tree; each group lives in its own class. */
@Command(name = "lw cli",
        mixinStandardHelpOptions = true,
        version = "Longwave CLI 0.1.0",
        description = "Command-line client for Longwave.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.longwave.cli.platform.ConfigCommand.class,
                io.longwave.cli.platform.HealthCommand.class,
                io.longwave.cli.platform.PortsCommand.class,
                io.longwave.cli.ops.OpsCommand.class,
                io.longwave.cli.lorawan.LorawanCommand.class,
                io.longwave.cli.auth.UseCommand.class,
                io.longwave.cli.auth.LoginCommand.class,
                io.longwave.cli.auth.LogoutCommand.class,
                io.longwave.cli.auth.AuthInfoCommand.class,
                io.longwave.cli.entity.users.UsersCommand.class,
                io.longwave.cli.entity.organizations.OrganizationsCommand.class,
                io.longwave.cli.entity.applications.ApplicationsCommand.class,
                io.longwave.cli.entity.gateways.GatewaysCommand.class,
                io.longwave.cli.entity.devices.EndDevicesCommand.class,
                io.longwave.cli.sim.SimCommand.class,
        })
public final class LongwaveCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LongwaveCli()).execute(args));
    }
}
