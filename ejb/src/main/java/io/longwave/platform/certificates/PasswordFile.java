package io.longwave.platform.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** The key store password, kept in a 0600 file that is created with a random password on first use. */
public final class PasswordFile {

    private static final int RANDOM_BYTES = 24;

    private PasswordFile() {
    }

    public static char[] readOrCreate(Path file, SecureRandom random) {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[RANDOM_BYTES];
            random.nextBytes(bytes);
            // URL-safe Base64 keeps the password free of characters that need quoting in server.xml or shells.
            SecureFiles.writeSecret(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CertificateSetupException("password file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (content.isEmpty()) {
            throw new CertificateSetupException("password file " + file + " is empty");
        }
        if (content.contains("\n")) {
            throw new CertificateSetupException("password file " + file + " must hold the password on a single line");
        }
        return content.toCharArray();
    }
}
