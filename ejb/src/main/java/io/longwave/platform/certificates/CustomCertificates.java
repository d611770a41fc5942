package io.longwave.platform.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Operator-supplied certificates (e.g. Docker secrets): {@code cert.pem} (leaf first, then any
 * intermediates), its {@code key.pem}, and optionally the {@code ca.pem} clients should trust.
 * Loading validates everything, so nothing is copied from a directory that would not work.
 */
public record CustomCertificates(Path source, List<X509Certificate> chain, PrivateKey key,
        List<X509Certificate> authorities) {

    public CustomCertificates {
        chain = List.copyOf(chain);
        authorities = List.copyOf(authorities);
    }

    /** Empty when the directory holds neither file; an error naming the missing one when it holds only one. */
    public static Optional<CustomCertificates> find(Path source) {
        Path certificateFile = source.resolve(CertificateDirectory.CERTIFICATE_CHAIN);
        Path keyFile = source.resolve(CertificateDirectory.KEY);
        boolean hasCertificate = Files.isRegularFile(certificateFile);
        boolean hasKey = Files.isRegularFile(keyFile);
        if (!hasCertificate && !hasKey) {
            return Optional.empty();
        }
        if (!hasKey) {
            throw new CertificateSetupException(certificateFile + " is present but " + keyFile
                    + " is missing; custom certificates need both");
        }
        if (!hasCertificate) {
            throw new CertificateSetupException(keyFile + " is present but " + certificateFile
                    + " is missing; custom certificates need both");
        }
        List<X509Certificate> chain = PemFiles.readCertificates(certificateFile);
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        KeyCertificateMatch.require(key, chain.get(0), keyFile.toString(), certificateFile.toString());
        Path caFile = source.resolve(CertificateDirectory.CA_CERTIFICATE);
        List<X509Certificate> authorities = Files.isRegularFile(caFile) ? PemFiles.readCertificates(caFile) : List.of();
        return Optional.of(new CustomCertificates(source, chain, key, authorities));
    }

    public boolean hasAuthority() {
        return !authorities.isEmpty();
    }

    /** What clients should trust: the CA file, or else the top of the chain (the best guess without one). */
    public List<X509Certificate> trusted() {
        return hasAuthority() ? authorities : List.of(chain.get(chain.size() - 1));
    }
}
