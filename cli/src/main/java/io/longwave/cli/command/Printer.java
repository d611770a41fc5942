package io.longwave.cli.command;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes answers as JSON (--json), IDs only (--quiet) or for people: key/value lines and compact tables. */
public final class Printer {

    /** One table column: header and how to get the cell from a row. */
    public record Column(String header, Function<JsonObject, String> cell) {
        public static Column path(String header, String path) {
            return new Column(header, row -> Jsons.at(row, path).map(Jsons::text).orElse(""));
        }
    }

    private final PrintWriter out;
    private final OutputOptions options;

    public Printer(PrintWriter out, OutputOptions options) {
        this.out = out;
        this.options = options;
    }

    /** One object: JSON, its ID ({@code idPath}) when quiet, else one flattened {@code path value} line per field. */
    public void object(JsonObject body, String idPath) {
        if (options.json()) {
            out.println(Jsons.pretty(body));
        } else if (options.quiet()) {
            Jsons.at(body, idPath).map(Jsons::text).ifPresent(out::println);
        } else {
            Map<String, String> lines = new LinkedHashMap<>();
            flatten("", body, lines);
            int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
            lines.forEach((k, v) -> out.println(pad(k, width) + "  " + v));
        }
        out.flush();
    }

    /** A list answer: the whole body as JSON, the first column when quiet, else a table. */
    public void table(JsonObject body, String listField, List<Column> columns) {
        if (options.json()) {
            out.println(Jsons.pretty(body));
            out.flush();
            return;
        }
        List<JsonObject> rows = new ArrayList<>();
        if (body.get(listField) instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> rows.add(v.asJsonObject()));
        }
        if (options.quiet()) {
            rows.forEach(row -> out.println(columns.get(0).cell().apply(row)));
            out.flush();
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(Column::header).toList());
        rows.forEach(row -> cells.add(columns.stream().map(c -> c.cell().apply(row)).toList()));
        int[] widths = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                b.append(i == widths.length - 1 ? line.get(i) : pad(line.get(i), widths[i]) + "  ");
            }
            out.println(b.toString().stripTrailing());
        }
        out.flush();
    }

    /** A line for people only (not with --json or --quiet). */
    public void message(String text) {
        if (!options.json() && !options.quiet()) {
            out.println(text);
            out.flush();
        }
    }

    /** Output of commands whose answer has no content (delete): an empty JSON object with --json. */
    public void done(String text) {
        if (options.json()) {
            out.println("{}");
            out.flush();
        } else {
            message(text);
        }
    }

    private static void flatten(String prefix, JsonObject object, Map<String, String> lines) {
        object.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof JsonObject nested && !nested.isEmpty()) {
                flatten(path, nested, lines);
            } else if (value != JsonValue.NULL) {
                lines.put(path, Jsons.text(value));
            }
        });
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
