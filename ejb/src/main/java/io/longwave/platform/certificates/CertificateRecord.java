package io.longwave.platform.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the files in a certificates directory were made from, kept in {@code subject.properties}
 * so {@code ensure} can tell whether the requested domain and subject still match. Custom
 * certificates record only their source directory: the subject variables do not apply to them.
 */
public sealed interface CertificateRecord {

    record Generated(CertificateDomain domain, CertificateSubject subject) implements CertificateRecord {
    }

    record Custom(Path source) implements CertificateRecord {
        public Custom {
            // Normalized so that "/run/secrets/" and "/run/secrets" count as the same source.
            source = source.toAbsolutePath().normalize();
        }
    }

    static Optional<CertificateRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(switch (properties.getProperty("mode", "")) {
                case "generated" -> new Generated(CertificateDomain.parse(properties.getProperty("domain")),
                        new CertificateSubject(required(properties, "country"), required(properties, "state"),
                                required(properties, "location"), required(properties, "organization")));
                case "custom" -> new Custom(Path.of(required(properties, "source")));
                default -> throw new IllegalArgumentException("unknown mode");
            });
        } catch (IOException | RuntimeException e) {
            // An unreadable record only means "unknown origin": ensure regenerates, which is always safe.
            return Optional.empty();
        }
    }

    static void write(Path file, CertificateRecord record) {
        Properties properties = new Properties();
        if (record instanceof Generated generated) {
            properties.setProperty("mode", "generated");
            properties.setProperty("domain", generated.domain().name());
            properties.setProperty("country", generated.subject().country());
            properties.setProperty("state", generated.subject().state());
            properties.setProperty("location", generated.subject().location());
            properties.setProperty("organization", generated.subject().organization());
        } else if (record instanceof Custom custom) {
            properties.setProperty("mode", "custom");
            properties.setProperty("source", custom.source().toString());
        }
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "Longwave certificates: regenerated when these values change");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SecureFiles.writePublic(file, out.toString());
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }
}
