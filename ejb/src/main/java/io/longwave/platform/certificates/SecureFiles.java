package io.longwave.platform.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files atomically (temp file + rename) so a crash never leaves half a key, and creates
 * secret files with mode 0600 from the start rather than tightening them after the fact.
 */
final class SecureFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private SecureFiles() {
    }

    static void writeSecret(Path file, byte[] content) {
        write(file, content, OWNER_ONLY);
    }

    static void writeSecret(Path file, String content) {
        writeSecret(file, content.getBytes(StandardCharsets.US_ASCII));
    }

    static void writePublic(Path file, String content) {
        writePublic(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static void writePublic(Path file, byte[] content) {
        write(file, content, WORLD_READABLE);
    }

    private static void write(Path file, byte[] content, Set<PosixFilePermission> permissions) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp",
                    attributes(directory.getFileSystem(), permissions));
            try {
                Files.write(temporary, content);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CertificateSetupException(file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] attributes(FileSystem fileSystem, Set<PosixFilePermission> permissions) {
        if (!fileSystem.supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CertificateSetupException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
