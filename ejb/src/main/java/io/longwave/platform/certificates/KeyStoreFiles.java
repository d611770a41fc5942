package io.longwave.platform.certificates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The PKCS12 key store (server key + chain, alias {@value #KEY_ALIAS}) and trust store (CA as a
 * trusted certificate, alias {@value #CA_ALIAS}) that Open Liberty's SSL configuration reads.
 */
public final class KeyStoreFiles {

    public static final String KEY_ALIAS = "default";
    public static final String CA_ALIAS = "longwave-ca";

    private KeyStoreFiles() {
    }

    static void write(CertificateDirectory directory, PrivateKey key, List<X509Certificate> chain,
            List<X509Certificate> trusted, char[] password) {
        try {
            KeyStore keystore = empty();
            keystore.setKeyEntry(KEY_ALIAS, key, password, chain.toArray(Certificate[]::new));
            KeyStore truststore = empty();
            for (int i = 0; i < trusted.size(); i++) {
                truststore.setCertificateEntry(i == 0 ? CA_ALIAS : CA_ALIAS + "-" + (i + 1), trusted.get(i));
            }
            SecureFiles.writeSecret(directory.keystore(), store(keystore, password));
            SecureFiles.writeSecret(directory.truststore(), store(truststore, password));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build PKCS12 stores in " + directory.root(), e);
        }
    }

    /** Loads a PKCS12 file; fails with a message naming it when it is missing, corrupt or the password is wrong. */
    public static KeyStore load(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateSetupException(file + " cannot be opened with the given password: " + e.getMessage(), e);
        }
    }

    /** True when both stores exist and open with {@code password}, i.e. the password has not changed. */
    static boolean openWith(CertificateDirectory directory, char[] password) {
        try {
            return load(directory.keystore(), password).getKey(KEY_ALIAS, password) != null
                    && load(directory.truststore(), password).isCertificateEntry(CA_ALIAS);
        } catch (CertificateSetupException | GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static byte[] store(KeyStore store, char[] password) throws GeneralSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }
}
