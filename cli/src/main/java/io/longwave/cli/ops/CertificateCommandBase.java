package io.longwave.cli.ops;

import io.longwave.platform.certificates.CertificateDirectory;
import io.longwave.platform.certificates.CertificateIssuer;
import io.longwave.platform.certificates.CertificateProvisioner;
import io.longwave.platform.certificates.CertificateSetupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Shared by the certificate commands: the {@code --dir} option and exit code 2 for bad input. */
abstract class CertificateCommandBase implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Certificates directory.")
    Path directory;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            execute(out, err);
            return 0;
        } catch (CertificateSetupException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            // PEM output ends with print(), which autoflush does not cover, and main() calls System.exit.
            out.flush();
            err.flush();
        }
    }

    abstract void execute(PrintWriter out, PrintWriter err);

    CertificateDirectory certificateDirectory() {
        return new CertificateDirectory(directory);
    }

    static CertificateProvisioner provisioner(SecureRandom random) {
        return new CertificateProvisioner(new CertificateIssuer(Clock.systemUTC(), random));
    }
}
