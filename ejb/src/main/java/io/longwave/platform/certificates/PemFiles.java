package io.longwave.platform.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * PEM encoding and decoding of certificates and private keys. Keys are written as PKCS#8
 * ({@code PRIVATE KEY}); PKCS#8, PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY})
 * are read. Errors name the file they came from.
 */
public final class PemFiles {

    private PemFiles() {
    }

    public static String encodeCertificates(List<X509Certificate> certificates) {
        return encode(certificates.toArray());
    }

    public static String encodePrivateKey(PrivateKey key) {
        try {
            return encode(new JcaPKCS8Generator(key, null).generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All certificates of a PEM file in order; at least one is required. */
    public static List<X509Certificate> readCertificates(Path file) {
        return parseCertificates(read(file), file.toString());
    }

    public static List<X509Certificate> parseCertificates(String pem, String source) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (!(item instanceof X509CertificateHolder holder)) {
                    throw new CertificateSetupException(source + " holds a " + kind(item)
                            + " where only CERTIFICATE blocks are expected");
                }
                certificates.add(converter.getCertificate(holder));
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            if (e instanceof CertificateSetupException setup) {
                throw setup;
            }
            throw new CertificateSetupException(source + " is not a valid PEM certificate file: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new CertificateSetupException(source + " contains no PEM certificate");
        }
        return certificates;
    }

    /** The single private key of a PEM file; an {@code EC PARAMETERS} block before it is skipped. */
    public static PrivateKey readPrivateKey(Path file) {
        return parsePrivateKey(read(file), file.toString());
    }

    public static PrivateKey parsePrivateKey(String pem, String source) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        PrivateKey key = null;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof ASN1ObjectIdentifier) {
                    continue; // openssl ecparam writes the curve name as a separate block
                }
                if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw new CertificateSetupException(source + " holds an encrypted private key;"
                            + " provide it unencrypted (e.g. openssl pkey -in key.pem -out key.pem)");
                }
                PrivateKey found;
                if (item instanceof PEMKeyPair pair) {
                    // Only the private part: SEC1 keys may omit the optional public key, and we never need it.
                    found = converter.getPrivateKey(pair.getPrivateKeyInfo());
                } else if (item instanceof PrivateKeyInfo info) {
                    found = converter.getPrivateKey(info);
                } else {
                    throw new CertificateSetupException(source + " holds a " + kind(item)
                            + " where a private key is expected");
                }
                if (key != null) {
                    throw new CertificateSetupException(source + " holds more than one private key");
                }
                key = found;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CertificateSetupException setup) {
                throw setup;
            }
            throw new CertificateSetupException(source + " is not a valid PEM private key: " + e.getMessage(), e);
        }
        if (key == null) {
            throw new CertificateSetupException(source + " contains no PEM private key");
        }
        return key;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new CertificateSetupException(file + " does not exist", e);
        } catch (IOException e) {
            throw new CertificateSetupException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String encode(Object... objects) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String kind(Object item) {
        return item.getClass().getSimpleName();
    }
}
