package io.longwave.cli.ops;

import io.longwave.platform.certificates.CertificateSettings;
import io.longwave.platform.certificates.PasswordFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ops certificates ensure}: make the directory match TTS_DOMAIN, TTS_SUBJECT_* and LW_CUSTOM_CERTS_DIR. */
@Command(name = "ensure",
        mixinStandardHelpOptions = true,
        description = {"Create or refresh the certificates and PKCS12 stores; does nothing when they are current.",
                "Reads TTS_DOMAIN (default localhost), TTS_SUBJECT_COUNTRY/STATE/LOCATION/ORGANIZATION and",
                "LW_CUSTOM_CERTS_DIR (default /run/secrets; cert.pem + key.pem there are used instead)."})
public final class EnsureCertificatesCommand extends CertificateCommandBase {

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "Key store password; created with a random password (mode 0600) if missing.")
    Path passwordFile;

    private final Map<String, String> environment;

    public EnsureCertificatesCommand() {
        this(System.getenv());
    }

    EnsureCertificatesCommand(Map<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    void execute(PrintWriter out, PrintWriter err) {
        CertificateSettings settings = CertificateSettings.fromEnvironment(environment);
        SecureRandom random = new SecureRandom();
        char[] password = PasswordFile.readOrCreate(passwordFile, random);
        try {
            out.println(provisioner(random).ensure(certificateDirectory(), settings, password).describe());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
