package io.longwave.it.registration;

import io.longwave.it.api.ServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mail the server under test sends with {@code is.email.provider=dir}: a fresh directory per test,
 * set together with the test's other options, and the {@code .eml} files read back as the user would.
 */
final class Mailbox implements AutoCloseable {

    /** One received message: its RFC 822 headers and its text. */
    record Mail(Map<String, String> headers, String body) {
        /** The value after {@code label: } on a line of its own, as the templates write tokens. */
        String field(String label) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ": (\\S+)\\s*$").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no `" + label + ":` line in mail:\n" + body);
            }
            return m.group(1);
        }

        String token() {
            return field("Token");
        }
    }

    private final Path dir;
    private final ServerOptions options;
    private final Set<Path> seen = new HashSet<>();

    private Mailbox(Path dir, ServerOptions options) {
        this.dir = dir;
        this.options = options;
    }

    /** Sets {@code options} plus the {@code dir} e-mail provider on the running server. */
    static Mailbox open(Map<String, String> options) {
        try {
            Path dir = Files.createTempDirectory("lw-it-mail", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxrwxrwx")));
            Map<String, String> all = new HashMap<>(options);
            all.put("is.email.provider", "dir");
            all.put("is.email.dir", dir.toString());
            return new Mailbox(dir, ServerOptions.set(all));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message to {@code to} not returned before; waits up to 15 s (delivery runs after commit). */
    Mail next(String to) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Path p : files()) {
                if (seen.contains(p)) {
                    continue;
                }
                Mail m = read(p);
                if (to.equalsIgnoreCase(m.headers().get("To"))) {
                    seen.add(p);
                    return m;
                }
            }
            sleep(200);
        }
        throw new AssertionError("no mail to " + to + " in " + dir + " within 15 s");
    }

    /** Asserts that no (further) message to {@code to} arrives within {@code millis}. */
    void assertNothingFor(String to, long millis) {
        sleep(millis);
        for (Path p : files()) {
            if (!seen.contains(p) && to.equalsIgnoreCase(read(p).headers().get("To"))) {
                throw new AssertionError("unexpected mail to " + to + ":\n" + read(p).body());
            }
        }
    }

    @Override
    public void close() {
        options.close();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Mail read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new AssertionError(file + " has no header/body separator (CRLF CRLF)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.substring(0, split).split("\r\n")) {
            int colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return new Mail(headers, text.substring(split + 4).replace("\r\n", "\n"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
