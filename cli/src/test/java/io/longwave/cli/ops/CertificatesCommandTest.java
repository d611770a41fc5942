package io.longwave.cli.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.LongwaveCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CertificatesCommandTest {

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run ensure(Map<String, String> environment) {
        return run(new EnsureCertificatesCommand(environment), "--dir", temp.resolve("certs").toString(),
                "--password-file", temp.resolve("certs/keystore.password").toString());
    }

    private Map<String, String> noCustom(Map<String, String> environment) {
        var copy = new java.util.HashMap<>(environment);
        copy.put("LW_CUSTOM_CERTS_DIR", temp.resolve("none").toString());
        return copy;
    }

    @Test
    void ensureGeneratesThenKeepsThenRegeneratesOnDomainChange() throws Exception {
        assertEquals(new Run(0, "generated for localhost\n", ""), ensure(noCustom(Map.of())));
        assertTrue(Files.isRegularFile(temp.resolve("certs/keystore.password")));
        assertEquals(new Run(0, "kept\n", ""), ensure(noCustom(Map.of())));
        assertEquals(new Run(0, "generated for lns.example.org\n", ""),
                ensure(noCustom(Map.of("TTS_DOMAIN", "lns.example.org"))));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(Map.of("TTS_DOMAIN", "not a domain"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_SUBJECT_COUNTRY", "Spain"), "TTS_SUBJECT_COUNTRY"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badEnvironmentExitsTwoNamingTheVariable(Map<String, String> environment, String variable) {
        Run run = ensure(noCustom(environment));
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: " + variable), run.err());
    }

    @Test
    void emptyPasswordFileExitsTwoNamingTheFile() throws Exception {
        Files.createDirectories(temp.resolve("certs"));
        Files.writeString(temp.resolve("certs/keystore.password"), "");
        Run run = ensure(noCustom(Map.of()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("keystore.password"), run.err());
    }

    @Test
    void trustClientAndResetThroughTheRootCommand() {
        ensure(noCustom(Map.of()));
        String dir = temp.resolve("certs").toString();

        Run trust = run(new LongwaveCli(), "ops", "certificates", "trust", "--dir", dir);
        assertEquals(0, trust.exitCode());
        assertTrue(trust.out().startsWith("-----BEGIN CERTIFICATE-----")
                && trust.out().indexOf("BEGIN CERTIFICATE") == trust.out().lastIndexOf("BEGIN CERTIFICATE"),
                trust.out());

        Run client = run(new LongwaveCli(), "ops", "certificates", "client", "--dir", dir, "--cn", "58A0CBFFFE800001");
        assertEquals(0, client.exitCode(), client.err());
        assertTrue(client.out().contains("-----BEGIN CERTIFICATE-----")
                && client.out().contains("-----BEGIN PRIVATE KEY-----"), client.out());

        Run badEui = run(new LongwaveCli(), "ops", "certificates", "client", "--dir", dir, "--cn", "xyz");
        assertEquals(2, badEui.exitCode());
        assertTrue(badEui.err().contains("EUI"), badEui.err());

        Run reset = run(new LongwaveCli(), "ops", "certificates", "reset", "--dir", dir);
        assertEquals(0, reset.exitCode());
        assertEquals("deleted ca.pem ca-key.pem cert.pem key.pem keystore.p12 truststore.p12 subject.properties\n",
                reset.out());
        assertTrue(Files.isRegularFile(temp.resolve("certs/keystore.password")), "password file is kept");

        Run trustAfterReset = run(new LongwaveCli(), "ops", "certificates", "trust", "--dir", dir);
        assertEquals(2, trustAfterReset.exitCode());
        assertTrue(trustAfterReset.err().contains("cert.pem does not exist"), trustAfterReset.err());
    }

    @Test
    void opsGroupIsHiddenFromUsage() {
        Run usage = run(new LongwaveCli(), "--help");
        assertTrue(!usage.out().matches("(?s).*\\bops\\b.*"), usage.out());
        assertEquals(2, run(new LongwaveCli(), "ops", "certificates", "ensure").exitCode(), "missing options");
    }
}
