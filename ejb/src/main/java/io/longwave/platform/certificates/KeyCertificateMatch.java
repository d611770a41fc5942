package io.longwave.platform.certificates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/** Checks that a private key belongs to a certificate by signing a probe and verifying it with the certificate. */
public final class KeyCertificateMatch {

    private static final byte[] PROBE = "longwave key/certificate match probe".getBytes(StandardCharsets.US_ASCII);

    private KeyCertificateMatch() {
    }

    /** @throws CertificateSetupException naming {@code keySource} when the key does not belong to the certificate */
    public static void require(PrivateKey key, X509Certificate certificate, String keySource, String certificateSource) {
        String algorithm = signatureAlgorithm(key, keySource);
        String publicAlgorithm = certificate.getPublicKey().getAlgorithm();
        if (!key.getAlgorithm().equals(publicAlgorithm)) {
            throw mismatch(keySource, certificateSource, key.getAlgorithm() + " key but " + publicAlgorithm
                    + " certificate");
        }
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(PROBE);
            if (!verifier.verify(signature)) {
                throw mismatch(keySource, certificateSource, "different key pair");
            }
        } catch (GeneralSecurityException e) {
            throw mismatch(keySource, certificateSource, e.getMessage());
        }
    }

    private static String signatureAlgorithm(PrivateKey key, String keySource) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new CertificateSetupException(keySource + " holds an unsupported "
                    + key.getAlgorithm() + " key; use an EC or RSA key");
        };
    }

    private static CertificateSetupException mismatch(String keySource, String certificateSource, String why) {
        return new CertificateSetupException(keySource + " does not match the certificate in " + certificateSource
                + " (" + why + ")");
    }
}
