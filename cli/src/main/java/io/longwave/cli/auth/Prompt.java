package io.longwave.cli.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Asks for what was not given as a flag: on the terminal, or (for scripts) one line of stdin. */
final class Prompt {

    private Prompt() {
    }

    static String line(String question) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask on: give " + flagFor(question));
        }
        String answer = console.readLine(question);
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("nothing entered");
        }
        return answer.strip();
    }

    static String secret(String question) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask on: give --password-stdin");
        }
        char[] answer = console.readPassword(question);
        if (answer == null || answer.length == 0) {
            throw new IllegalArgumentException("nothing entered");
        }
        return new String(answer);
    }

    /** The first line of stdin without its line end; stdin is not closed (System.in). */
    static String stdinLine() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("--password-stdin: stdin is empty");
        }
        return line;
    }

    private static String flagFor(String question) {
        return "--" + question.replace(":", "").strip();
    }
}
