package io.longwave.it.cli;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The built CLI jar run as a subprocess, as a user runs it, with its own client directory
 * ({@code LW_CLI_HOME}) so that tests never share a login.
 */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(out))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    private static final Path JAR = Path.of("").toAbsolutePath().resolveSibling("cli").resolve("target/longwave-cli.jar");

    private final Path home;

    Cli(Path home) {
        this.home = home;
    }

    /** A CLI whose server is the one under test, trusted through the stack's CA. */
    static Cli usingTestServer(Path home) throws Exception {
        Cli cli = new Cli(home);
        Run use = cli.run("use", "https://localhost:" + TestServer.port("LW_HTTPS_PORT"),
                "--ca", Path.of(TestServer.env("LW_CERTS_DIR"), "ca.pem").toString());
        if (use.exit() != 0) {
            throw new IllegalStateException("lw cli use failed: " + use);
        }
        return cli;
    }

    /** Logged in as the bootstrap admin with the OAuth password grant. */
    static Cli asAdmin(Path home) throws Exception {
        Cli cli = usingTestServer(home);
        Run login = cli.runWithInput(TestServer.env("TTS_ADMIN_PASSWORD") + "\n",
                "login", "--username", "admin", "--password-stdin");
        if (login.exit() != 0) {
            throw new IllegalStateException("lw cli login failed: " + login);
        }
        return cli;
    }

    Path home() {
        return home;
    }

    Run run(String... args) throws Exception {
        return runWithInput("", args);
    }

    Run runWithInput(String stdin, String... args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build the cli module first (./lw test does)");
        }
        Files.createDirectories(home);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("LW_CLI_HOME", home.toString());
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("lw cli " + String.join(" ", args) + " did not finish within 120 s");
        }
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
