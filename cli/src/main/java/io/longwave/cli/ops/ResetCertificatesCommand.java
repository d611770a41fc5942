package io.longwave.cli.ops;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code ops certificates reset}: delete the managed files so the next ensure generates new ones. */
@Command(name = "reset",
        mixinStandardHelpOptions = true,
        description = "Delete the generated certificates and stores (other files in DIR are left alone).")
public final class ResetCertificatesCommand extends CertificateCommandBase {

    @Override
    void execute(PrintWriter out, PrintWriter err) {
        List<String> deleted = provisioner(new SecureRandom()).reset(certificateDirectory());
        out.println(deleted.isEmpty() ? "nothing to delete" : "deleted " + String.join(" ", deleted));
    }
}
