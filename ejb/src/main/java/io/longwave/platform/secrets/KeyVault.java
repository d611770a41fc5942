package io.longwave.platform.secrets;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyWrap;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts LoRaWAN root and session keys at rest (PostgreSQL and Redis) with an AES key-encryption
 * key and RFC 3394 key wrap. The KEK is {@code LW_KEY_ENCRYPTION_KEY} (32 hex digits) or, when unset,
 * the file {@code kek.hex} in the certificate directory, made on first start (mode 0600). Every node
 * of a cluster must use the same KEK.
 */
@ApplicationScoped
public class KeyVault {

    private static final Logger LOG = Logger.getLogger(KeyVault.class.getName());
    private static final String PREFIX = "kw1:";

    private volatile AesKey kek;
    private volatile SecretBox secrets;

    /** @return the wrapped key as text ({@code kw1:} + hex), safe to store */
    public String wrap(AesKey key) {
        try {
            return PREFIX + HexFormat.of().withUpperCase().formatHex(KeyWrap.wrap(kek(), key));
        } catch (LorawanException e) {
            throw new IllegalStateException("key wrap failed", e);
        }
    }

    public AesKey unwrap(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a wrapped key");
        }
        try {
            return KeyWrap.unwrapKey(kek(), HexFormat.of().parseHex(stored.substring(PREFIX.length())));
        } catch (LorawanException e) {
            throw new IllegalStateException("a stored key does not unwrap with this KEK: the KEK differs from the one that wrapped it", e);
        }
    }

    /** Seals a secret of any length (a gateway token, a CUPS key) bound to {@code context}; see {@link SecretBox}. */
    public String seal(byte[] plaintext, String context) {
        return secretBox().seal(plaintext, context);
    }

    public byte[] open(String sealed, String context) {
        return secretBox().open(sealed, context);
    }

    private SecretBox secretBox() {
        SecretBox box = secrets;
        if (box == null) {
            synchronized (this) {
                if (secrets == null) {
                    secrets = new SecretBox(kek().bytes(), new SecureRandom());
                }
                box = secrets;
            }
        }
        return box;
    }

    private AesKey kek() {
        AesKey k = kek;
        if (k == null) {
            synchronized (this) {
                if (kek == null) {
                    kek = load(ConfigProvider.getConfig());
                }
                k = kek;
            }
        }
        return k;
    }

    private static AesKey load(Config config) {
        String hex = config.getOptionalValue("LW_KEY_ENCRYPTION_KEY", String.class).orElse("").trim();
        try {
            if (!hex.isEmpty()) {
                return AesKey.fromHex(hex);
            }
            Path dir = Path.of(config.getOptionalValue("lw.certs.dir", String.class).orElse("."));
            Path file = dir.resolve("kek.hex");
            if (!Files.exists(file)) {
                byte[] fresh = new byte[AesKey.LENGTH];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(dir);
                Files.writeString(file, HexFormat.of().withUpperCase().formatHex(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.info("keyvault.kek-created file=" + file);
            }
            return AesKey.fromHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | LorawanException e) {
            throw new IllegalStateException("LW_KEY_ENCRYPTION_KEY / kek.hex: " + e.getMessage(), e);
        }
    }
}
