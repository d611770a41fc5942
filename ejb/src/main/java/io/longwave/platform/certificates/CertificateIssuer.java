package io.longwave.platform.certificates;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the platform's certificates: a self-signed CA, a TLS server certificate and gateway client
 * certificates. Keys are EC P-256 signed with ECDSA-SHA256 because LoRa Basics Station's mbedTLS
 * accepts them. Only JDK providers are used, so nothing is registered globally.
 */
public final class CertificateIssuer {

    static final Duration CA_VALIDITY = Duration.ofDays(3650);
    static final Duration SERVER_VALIDITY = Duration.ofDays(730);
    static final Duration CLIENT_VALIDITY = Duration.ofDays(730);
    // Tolerates clocks of peers that are a little behind.
    private static final Duration BACKDATE = Duration.ofMinutes(5);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final Clock clock;
    private final SecureRandom random;

    public CertificateIssuer(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A self-signed CA that can sign certificates only (pathLen 0 keeps it from minting sub-CAs). */
    public IssuedCertificate issueAuthority(CertificateSubject subject) {
        Objects.requireNonNull(subject, "subject");
        KeyPair keys = newKeyPair();
        String commonName = subject.organization() + " Longwave CA";
        // ub-common-name is 64 characters (RFC 5280 appendix A).
        X500Name name = name(subject, commonName.length() <= 64 ? commonName : "Longwave CA");
        X509Certificate certificate = sign(name, keys.getPublic(), name, keys, CA_VALIDITY, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        return new IssuedCertificate(certificate, keys.getPrivate());
    }

    /**
     * A TLS server certificate for {@code domain}, also usable as a client certificate (the stack's
     * own components authenticate to each other with it). Localhost also gets the loopback address;
     * an IPv4 address is named as both IP and DNS entry (see {@link #addAddress}).
     */
    public IssuedCertificate issueServer(IssuedCertificate authority, CertificateDomain domain,
            CertificateSubject subject) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(subject, "subject");
        List<GeneralName> altNames = new ArrayList<>();
        if (domain.ipLiteral()) {
            addAddress(altNames, domain.name());
        } else {
            altNames.add(new GeneralName(GeneralName.dNSName, domain.name()));
        }
        if (domain.isLocalhost()) {
            addAddress(altNames, "127.0.0.1");
        }
        return issueLeaf(authority, name(subject, domain.name()), SERVER_VALIDITY,
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth},
                new GeneralNames(altNames.toArray(GeneralName[]::new)));
    }

    /**
     * An address as an IP entry for ordinary TLS clients and, for IPv4, also as a DNS entry: LoRa Basics
     * Station (mbedTLS) matches its uri's host only against DNS entries. An IPv6 literal is no valid
     * dNSName (Java's parser refuses the colons), so it gets the IP entry only.
     */
    private static void addAddress(List<GeneralName> altNames, String address) {
        altNames.add(new GeneralName(GeneralName.iPAddress, address));
        if (!address.contains(":")) {
            altNames.add(new GeneralName(GeneralName.dNSName, address));
        }
    }

    /** A client certificate for a gateway (LoRa Basics Station mutual TLS): CN is its EUI, clientAuth only. */
    public IssuedCertificate issueGatewayClient(IssuedCertificate authority, String gatewayEui) {
        String eui = normalizeEui(gatewayEui);
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, eui).build();
        return issueLeaf(authority, name, CLIENT_VALIDITY, new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth}, null);
    }

    static String normalizeEui(String text) {
        String eui = text == null ? "" : text.replace("-", "").replace(":", "").trim();
        if (!eui.matches("[0-9A-Fa-f]{16}")) {
            throw new CertificateSetupException("gateway EUI must be 16 hex digits (EUI-64), got '" + text + "'");
        }
        return eui.toUpperCase(Locale.ROOT);
    }

    private IssuedCertificate issueLeaf(IssuedCertificate authority, X500Name subjectName, Duration validity,
            KeyPurposeId[] purposes, GeneralNames altNames) {
        Objects.requireNonNull(authority, "authority");
        KeyPair keys = newKeyPair();
        KeyPair issuerKeys = new KeyPair(authority.certificate().getPublicKey(), authority.privateKey());
        X500Name issuerName = X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate certificate = sign(subjectName, keys.getPublic(), issuerName, issuerKeys, validity,
                builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
                    if (altNames != null) {
                        builder.addExtension(Extension.subjectAlternativeName, false, altNames);
                    }
                });
        return new IssuedCertificate(certificate, keys.getPrivate());
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private X509Certificate sign(X500Name subject, PublicKey subjectKey, X500Name issuer, KeyPair issuerKeys,
            Duration validity, Extensions extensions) {
        Instant now = clock.instant();
        // 158 random bits under a set top bit: positive, within RFC 5280's 20 octets, and unpredictable.
        BigInteger serial = new BigInteger(159, random).setBit(158);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            extensions.add(builder);
            var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setSecureRandom(random)
                    .build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot sign certificate for " + subject, e);
        }
    }

    private KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JDK", e);
        }
    }

    private static X500Name name(CertificateSubject subject, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, subject.country().toUpperCase(Locale.ROOT))
                .addRDN(BCStyle.ST, subject.state())
                .addRDN(BCStyle.L, subject.location())
                .addRDN(BCStyle.O, subject.organization())
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
