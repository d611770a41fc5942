package io.longwave.identity.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/**
 * The {@code dir} provider: each message becomes one {@code .eml} file. It is written under a temporary
 * name and then renamed, so that a reader polling the directory never sees half a message.
 */
final class DirectoryTransport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    private DirectoryTransport() {
    }

    static Path deliver(Path dir, OutgoingEmail email) throws IOException {
        Files.createDirectories(dir);
        String id = email.messageId().replaceAll("[^A-Za-z0-9.-]", "");
        String name = STAMP.format(email.date()) + "-" + id;
        Path temporary = dir.resolve("." + name + ".tmp");
        Files.writeString(temporary, EmlFormat.format(email), StandardCharsets.UTF_8);
        Path target = dir.resolve(name + ".eml");
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
