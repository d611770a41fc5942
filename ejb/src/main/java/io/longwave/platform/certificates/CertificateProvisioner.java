package io.longwave.platform.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a certificates directory in the state the settings ask for: generated (CA + server
 * certificate) or custom (copied from the custom directory), plus the PKCS12 stores. Like the
 * reference deployment, a change of domain or any subject field recreates everything, CA included.
 */
public final class CertificateProvisioner {

    private final CertificateIssuer issuer;

    public CertificateProvisioner(CertificateIssuer issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    public EnsureOutcome ensure(CertificateDirectory directory, CertificateSettings settings, char[] password) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(password, "password");
        Optional<CertificateRecord> recorded = CertificateRecord.read(directory.record());
        Optional<CustomCertificates> custom = CustomCertificates.find(settings.customDirectory());
        if (custom.isPresent()) {
            return ensureCustom(directory, custom.get(), recorded, password);
        }
        return ensureGenerated(directory, settings, recorded, password);
    }

    /** Deletes every managed file so the next {@link #ensure} starts afresh; returns the names deleted. */
    public List<String> reset(CertificateDirectory directory) {
        return directory.deleteAll();
    }

    public TrustAnchor trustAnchor(CertificateDirectory directory) {
        if (Files.isRegularFile(directory.caCertificate())) {
            return new TrustAnchor(PemFiles.encodeCertificates(PemFiles.readCertificates(directory.caCertificate())),
                    false);
        }
        requireProvisioned(directory, directory.certificateChain());
        List<X509Certificate> chain = PemFiles.readCertificates(directory.certificateChain());
        return new TrustAnchor(PemFiles.encodeCertificates(List.of(chain.get(chain.size() - 1))), true);
    }

    /** Issues a gateway client certificate signed by the generated CA (custom certificates have no CA key here). */
    public ClientCredentials issueGatewayClient(CertificateDirectory directory, String gatewayEui) {
        requireProvisioned(directory, directory.caCertificate());
        if (!Files.isRegularFile(directory.caKey())) {
            throw new CertificateSetupException(directory.caKey() + " is missing: client certificates can only be"
                    + " issued by the generated CA, not with custom certificates");
        }
        X509Certificate ca = PemFiles.readCertificates(directory.caCertificate()).get(0);
        PrivateKey caKey = PemFiles.readPrivateKey(directory.caKey());
        IssuedCertificate client = issuer.issueGatewayClient(new IssuedCertificate(ca, caKey), gatewayEui);
        return new ClientCredentials(PemFiles.encodeCertificates(List.of(client.certificate())),
                PemFiles.encodePrivateKey(client.privateKey()));
    }

    private EnsureOutcome ensureGenerated(CertificateDirectory directory, CertificateSettings settings,
            Optional<CertificateRecord> recorded, char[] password) {
        CertificateRecord wanted = new CertificateRecord.Generated(settings.domain(), settings.subject());
        if (recorded.equals(Optional.of(wanted)) && directory.allExist(directory.caCertificate(), directory.caKey(),
                directory.certificateChain(), directory.key())) {
            return keepOrRewriteStores(directory, password);
        }
        directory.deleteAll();
        IssuedCertificate ca = issuer.issueAuthority(settings.subject());
        IssuedCertificate server = issuer.issueServer(ca, settings.domain(), settings.subject());
        SecureFiles.writePublic(directory.caCertificate(), PemFiles.encodeCertificates(List.of(ca.certificate())));
        SecureFiles.writeSecret(directory.caKey(), PemFiles.encodePrivateKey(ca.privateKey()));
        SecureFiles.writePublic(directory.certificateChain(),
                PemFiles.encodeCertificates(List.of(server.certificate(), ca.certificate())));
        SecureFiles.writeSecret(directory.key(), PemFiles.encodePrivateKey(server.privateKey()));
        writeStores(directory, password);
        // Written last: if anything above fails, the next ensure sees no matching record and starts over.
        CertificateRecord.write(directory.record(), wanted);
        return new EnsureOutcome(EnsureOutcome.Action.GENERATED, settings.domain().name());
    }

    private EnsureOutcome ensureCustom(CertificateDirectory directory, CustomCertificates custom,
            Optional<CertificateRecord> recorded, char[] password) {
        CertificateRecord wanted = new CertificateRecord.Custom(custom.source());
        Path source = custom.source();
        boolean sameFiles = sameContent(source.resolve(CertificateDirectory.CERTIFICATE_CHAIN),
                directory.certificateChain())
                && sameContent(source.resolve(CertificateDirectory.KEY), directory.key())
                && sameContent(source.resolve(CertificateDirectory.CA_CERTIFICATE), directory.caCertificate());
        if (recorded.equals(Optional.of(wanted)) && sameFiles) {
            return keepOrRewriteStores(directory, password);
        }
        directory.deleteAll();
        copy(source.resolve(CertificateDirectory.CERTIFICATE_CHAIN), directory.certificateChain(), false);
        copy(source.resolve(CertificateDirectory.KEY), directory.key(), true);
        if (custom.hasAuthority()) {
            copy(source.resolve(CertificateDirectory.CA_CERTIFICATE), directory.caCertificate(), false);
        }
        writeStores(directory, password);
        CertificateRecord.write(directory.record(), wanted);
        return new EnsureOutcome(EnsureOutcome.Action.CUSTOM, source.toString());
    }

    private static EnsureOutcome keepOrRewriteStores(CertificateDirectory directory, char[] password) {
        if (KeyStoreFiles.openWith(directory, password)) {
            return new EnsureOutcome(EnsureOutcome.Action.KEPT, directory.root().toString());
        }
        writeStores(directory, password);
        return new EnsureOutcome(EnsureOutcome.Action.STORES_REWRITTEN, directory.root().toString());
    }

    /** Builds both stores from the PEM files, so generated and custom certificates share one path. */
    private static void writeStores(CertificateDirectory directory, char[] password) {
        List<X509Certificate> chain = PemFiles.readCertificates(directory.certificateChain());
        PrivateKey key = PemFiles.readPrivateKey(directory.key());
        List<X509Certificate> trusted = Files.isRegularFile(directory.caCertificate())
                ? PemFiles.readCertificates(directory.caCertificate())
                : List.of(chain.get(chain.size() - 1));
        KeyStoreFiles.write(directory, key, chain, trusted, password);
    }

    private static boolean sameContent(Path source, Path installed) {
        boolean sourceExists = Files.isRegularFile(source);
        if (sourceExists != Files.isRegularFile(installed)) {
            return false;
        }
        return !sourceExists || Arrays.equals(SecureFiles.readAllBytes(source), SecureFiles.readAllBytes(installed));
    }

    private static void copy(Path from, Path to, boolean secret) {
        byte[] content = SecureFiles.readAllBytes(from);
        if (secret) {
            SecureFiles.writeSecret(to, content);
        } else {
            SecureFiles.writePublic(to, content);
        }
    }

    private static void requireProvisioned(CertificateDirectory directory, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CertificateSetupException(file + " does not exist: run 'ops certificates ensure --dir "
                    + directory.root() + "' first");
        }
    }
}
