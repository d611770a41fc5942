package io.longwave.cli.ops;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ops certificates}: the TLS certificates of the platform and of gateways. */
@Command(name = "certificates",
        mixinStandardHelpOptions = true,
        description = "Generate, reset and export the platform's TLS certificates.",
        subcommands = {EnsureCertificatesCommand.class, ResetCertificatesCommand.class,
                TrustCertificatesCommand.class, ClientCertificateCommand.class})
public final class CertificatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
