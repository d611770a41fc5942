package io.longwave.platform.certificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The file layout of a certificates directory (what Open Liberty and the gateways are pointed at). */
public record CertificateDirectory(Path root) {

    public static final String CA_CERTIFICATE = "ca.pem";
    public static final String CA_KEY = "ca-key.pem";
    public static final String CERTIFICATE_CHAIN = "cert.pem";
    public static final String KEY = "key.pem";
    public static final String KEYSTORE = "keystore.p12";
    public static final String TRUSTSTORE = "truststore.p12";
    public static final String RECORD = "subject.properties";

    /** Every file this package writes, and so every file {@link #deleteAll()} removes. */
    static final List<String> ALL_FILES = List.of(CA_CERTIFICATE, CA_KEY, CERTIFICATE_CHAIN, KEY, KEYSTORE,
            TRUSTSTORE, RECORD);

    public CertificateDirectory {
        Objects.requireNonNull(root, "root");
    }

    public Path caCertificate() {
        return root.resolve(CA_CERTIFICATE);
    }

    public Path caKey() {
        return root.resolve(CA_KEY);
    }

    public Path certificateChain() {
        return root.resolve(CERTIFICATE_CHAIN);
    }

    public Path key() {
        return root.resolve(KEY);
    }

    public Path keystore() {
        return root.resolve(KEYSTORE);
    }

    public Path truststore() {
        return root.resolve(TRUSTSTORE);
    }

    public Path record() {
        return root.resolve(RECORD);
    }

    boolean allExist(Path... files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the files this package manages (never anything else in the directory); returns the names deleted. */
    public List<String> deleteAll() {
        List<String> deleted = new ArrayList<>();
        for (String name : ALL_FILES) {
            Path file = root.resolve(name);
            try {
                if (Files.deleteIfExists(file)) {
                    deleted.add(name);
                }
            } catch (IOException e) {
                throw new CertificateSetupException(file + " cannot be deleted: " + e.getMessage(), e);
            }
        }
        return deleted;
    }
}
