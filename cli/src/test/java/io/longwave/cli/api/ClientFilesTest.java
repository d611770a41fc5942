package io.longwave.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** config.json and auth.json: where they are, what they hold, who may read them. */
class ClientFilesTest {

    @TempDir
    Path dir;

    @Test
    void homeDirectory() {
        assertEquals(Path.of("/x/cli"), CliHome.from(Map.of("LW_CLI_HOME", "/x/cli", "HOME", "/home/u")).directory());
        assertEquals(Path.of("/home/u/.config/longwave-cli"), CliHome.from(Map.of("HOME", "/home/u")).directory());
        assertEquals(Path.of("/home/u/.config/longwave-cli"),
                CliHome.from(Map.of("LW_CLI_HOME", " ", "HOME", "/home/u")).directory());
    }

    @Test
    void withoutConfigTheDefaultServer() throws Exception {
        ServerConfigFile file = new ServerConfigFile(new CliHome(dir.resolve("home")), dir.resolve("repo"));
        assertTrue(file.stored().isEmpty());
        assertEquals(new ServerConfig(URI.create("https://localhost:8885"), Optional.empty()), file.effective());
    }

    @Test
    void theCaOfLwUpFillsInWhenNoneWasStored() throws Exception {
        Path ca = dir.resolve("repo/.lw/certs/ca.pem");
        Files.createDirectories(ca.getParent());
        Files.writeString(ca, "pem");
        ServerConfigFile file = new ServerConfigFile(new CliHome(dir.resolve("home")), dir.resolve("repo"));
        assertEquals(Optional.of(ca.toAbsolutePath()), file.effective().ca());
        file.store(ServerConfig.of("https://lns.example.org:8885/", Path.of("/etc/other-ca.pem")));
        assertEquals(ServerConfig.of("https://lns.example.org:8885", Path.of("/etc/other-ca.pem")), file.effective());
        file.store(ServerConfig.of("http://127.0.0.1:1885", null));
        assertEquals(ServerConfig.of("http://127.0.0.1:1885", ca.toAbsolutePath()), file.effective());
        assertEquals(ServerConfig.of("http://127.0.0.1:1885", null), file.stored().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"localhost:8885", "ftp://localhost", "https:///api"})
    void serverUrlsMustBeHttp(String url) {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.of(url, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://localhost:8885, https://localhost:8885",
            "https://LocalHost:8885///, https://localhost:8885",
            "https://lns.example.org, https://lns.example.org:443",
            "http://lns.example.org, http://lns.example.org:80",
    })
    void credentialsAreBoundToTheOrigin(String url, String origin) {
        assertEquals(origin, ServerConfig.of(url, null).origin());
    }

    static Stream<Arguments> credentials() {
        String server = "https://localhost:8885";
        return Stream.of(
                Arguments.of(new Credentials.OAuthTokens(server, "MFRWG.A.S", "MFRWG.R.S", Instant.parse("2030-01-01T00:00:00Z"))),
                Arguments.of(new Credentials.ApiKey(server, "NNSXS.ID.SECRET")),
                Arguments.of(new Credentials.SsoToken(server, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentials")
    void credentialsRoundTripInAPrivateFile(Credentials credentials) throws Exception {
        CliHome home = new CliHome(dir.resolve("home"));
        CredentialsFile file = new CredentialsFile(home);
        assertTrue(file.read().isEmpty());
        file.write(credentials);
        assertEquals(Optional.of(credentials), file.read());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.authFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.directory())));
        try (Stream<Path> files = Files.list(home.directory())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertTrue(file.delete());
        assertFalse(file.delete());
        assertTrue(file.read().isEmpty());
    }

    @Test
    void aSecondLoginReplacesTheFirst() throws Exception {
        CredentialsFile file = new CredentialsFile(new CliHome(dir));
        file.write(new Credentials.ApiKey("https://a:1", "NNSXS.A.A"));
        file.write(new Credentials.SsoToken("https://b:2", "eyJ.b"));
        assertEquals(Optional.of(new Credentials.SsoToken("https://b:2", "eyJ.b")), file.read());
    }

    @ParameterizedTest(name = "expires {0}")
    @CsvSource({"-60, true", "10, true", "29, true", "31, false", "3600, false"})
    void accessTokensAreRefreshedShortlyBeforeTheyExpire(long secondsLeft, boolean refresh) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        var tokens = new Credentials.OAuthTokens("s", "a", "r", now.plusSeconds(secondsLeft));
        assertEquals(refresh, tokens.expiresBefore(now));
    }

    @Test
    void descriptionsNeverShowTheSecret() {
        credentials().forEach(a -> {
            Credentials c = (Credentials) a.get()[0];
            assertFalse(c.describe().contains(c.bearer()), c.describe());
        });
    }
}
