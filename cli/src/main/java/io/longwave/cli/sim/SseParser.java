package io.longwave.cli.sim;

import java.util.function.Consumer;

/**
 * Server-sent events, line by line: {@code data:} lines are joined until a blank line ends the event;
 * comments ({@code :}) and the {@code event:}, {@code id:} and {@code retry:} fields are skipped. A line
 * that is a bare JSON object (newline-delimited JSON) is taken as an event of its own.
 */
public final class SseParser implements Consumer<String> {

    private final Consumer<String> events;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    public SseParser(Consumer<String> events) {
        this.events = events;
    }

    @Override
    public void accept(String rawLine) {
        String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
        if (line.isEmpty()) {
            flush();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        if (line.startsWith("{") && !hasData) {
            events.accept(line);
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("data")) {
            if (hasData) {
                data.append('\n');
            }
            data.append(value);
            hasData = true;
        }
    }

    /** Ends the pending event, as a blank line or the end of the stream does. */
    public void flush() {
        if (hasData) {
            String text = data.toString();
            data.setLength(0);
            hasData = false;
            events.accept(text);
        }
    }
}
