package io.longwave.gateway.station;

import io.longwave.platform.certificates.CertificateDirectory;
import io.longwave.platform.certificates.CertificateIssuer;
import io.longwave.platform.certificates.CertificateProvisioner;
import io.longwave.platform.certificates.PemFiles;
import io.longwave.platform.certificates.TrustAnchor;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The certificate a station must trust and that gateway client certificates chain to: the stack's CA
 * ({@code ca.pem} in {@code lw.certs.dir}) or, with custom certificates without a CA file, the top of
 * the server's chain. Read once: certificates change only while the server is down ({@code ./lw}).
 */
@ApplicationScoped
public class StationTrust {

    private volatile X509Certificate anchor;

    public X509Certificate anchor() {
        X509Certificate a = anchor;
        if (a == null) {
            synchronized (this) {
                if (anchor == null) {
                    anchor = load();
                }
                a = anchor;
            }
        }
        return a;
    }

    public byte[] anchorDer() {
        try {
            return anchor().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the trust anchor does not encode", e);
        }
    }

    private static X509Certificate load() {
        Path dir = Path.of(ConfigProvider.getConfig().getOptionalValue("lw.certs.dir", String.class).orElse("."));
        TrustAnchor trust = new CertificateProvisioner(new CertificateIssuer(Clock.systemUTC(), new SecureRandom()))
                .trustAnchor(new CertificateDirectory(dir));
        return PemFiles.parseCertificates(trust.pem(), "trust anchor").get(0);
    }
}
