package io.longwave.cli.api;

import jakarta.json.JsonObject;
import java.util.Optional;

/** The message of an error answer: the API's {@code message}, or OAuth's {@code error_description} / {@code error}. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static String message(int status, String body) {
        Optional<JsonObject> json = parse(body);
        return json.flatMap(o -> Jsons.string(o, "message"))
                .or(() -> json.flatMap(o -> Jsons.string(o, "error_description")))
                .or(() -> json.flatMap(o -> Jsons.string(o, "error")))
                .filter(s -> !s.isBlank())
                .orElse("HTTP " + status);
    }

    private static Optional<JsonObject> parse(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Jsons.parseObject(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
