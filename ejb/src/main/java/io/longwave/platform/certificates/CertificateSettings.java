package io.longwave.platform.certificates;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** What {@link CertificateProvisioner#ensure} is asked to produce: domain, subject and where custom certificates may be. */
public record CertificateSettings(CertificateDomain domain, CertificateSubject subject, Path customDirectory) {

    public static final String CUSTOM_DIRECTORY_VARIABLE = "LW_CUSTOM_CERTS_DIR";
    /** Docker secrets are mounted here, which is where the reference deployment looks for custom certificates. */
    public static final String DEFAULT_CUSTOM_DIRECTORY = "/run/secrets";

    public CertificateSettings {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(customDirectory, "customDirectory");
    }

    public static CertificateSettings fromEnvironment(Map<String, String> environment) {
        String custom = CertificateSubject.valueOrDefault(environment, CUSTOM_DIRECTORY_VARIABLE,
                DEFAULT_CUSTOM_DIRECTORY);
        Path customDirectory;
        try {
            customDirectory = Path.of(custom);
        } catch (InvalidPathException e) {
            throw new CertificateSetupException(CUSTOM_DIRECTORY_VARIABLE + " is not a valid path: '" + custom + "'", e);
        }
        return new CertificateSettings(CertificateDomain.fromEnvironment(environment),
                CertificateSubject.fromEnvironment(environment), customDirectory);
    }
}
