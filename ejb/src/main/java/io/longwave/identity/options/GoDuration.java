package io.longwave.identity.options;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as The Things Stack configuration writes them: {@code 24h}, {@code 1h30m}, {@code 90s}, {@code 500ms}. */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private GoDuration() {
    }

    public static Duration parse(String name, String value) {
        String v = value.trim();
        if (v.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(v);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
            end = m.end();
        }
        if (end != v.length() || v.isEmpty()) {
            throw new IllegalArgumentException(name + ": not a duration like 24h or 1h30m: '" + value + "'");
        }
        return total;
    }
}
