package io.longwave.cli.ops;

import io.longwave.platform.certificates.TrustAnchor;
import java.io.PrintWriter;
import java.security.SecureRandom;
import picocli.CommandLine.Command;

/** {@code ops certificates trust}: the CA PEM a Basics Station gateway uses as {@code tc.trust} / {@code cups.trust}. */
@Command(name = "trust",
        mixinStandardHelpOptions = true,
        description = "Print the CA certificate (PEM) that clients and gateways must trust.")
public final class TrustCertificatesCommand extends CertificateCommandBase {

    @Override
    void execute(PrintWriter out, PrintWriter err) {
        TrustAnchor anchor = provisioner(new SecureRandom()).trustAnchor(certificateDirectory());
        if (anchor.guessedFromChain()) {
            err.println("warning: no ca.pem with the custom certificates; printing the last certificate of cert.pem");
        }
        out.print(anchor.pem());
    }
}
