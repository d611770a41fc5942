package io.longwave.cli.ops;

import io.longwave.platform.certificates.ClientCredentials;
import java.io.PrintWriter;
import java.security.SecureRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ops certificates client}: a CA-signed client certificate for a gateway's mutual TLS. */
@Command(name = "client",
        mixinStandardHelpOptions = true,
        description = "Print a new client certificate and its private key (PEM) for a gateway, signed by the CA.")
public final class ClientCertificateCommand extends CertificateCommandBase {

    @Option(names = "--cn", required = true, paramLabel = "EUI", description = "Gateway EUI (16 hex digits).")
    String gatewayEui;

    @Override
    void execute(PrintWriter out, PrintWriter err) {
        ClientCredentials credentials = provisioner(new SecureRandom()).issueGatewayClient(certificateDirectory(),
                gatewayEui);
        out.print(credentials.certificatePem());
        out.print(credentials.privateKeyPem());
    }
}
