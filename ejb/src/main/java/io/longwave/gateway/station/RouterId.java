package io.longwave.gateway.station;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The gateway EUI behind a LoRa Basics Station {@code router} id, in each form a station may send:
 * id6 ({@code b827:ebff:fe61:51d5}, {@code ::1}: four groups of up to four hex digits, one {@code ::}
 * standing for one or more zero groups, as in IPv6 but 64 bits wide), an EUI of eight two-digit groups
 * separated by {@code -} or {@code :}, sixteen plain hex digits, or an unsigned 64-bit JSON integer.
 */
public final class RouterId {

    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64);
    private static final Pattern EUI_GROUPS = Pattern.compile("\\p{XDigit}{2}([-:]\\p{XDigit}{2}){7}");
    private static final Pattern PLAIN = Pattern.compile("\\p{XDigit}{16}");
    private static final Pattern ID6_GROUP = Pattern.compile("\\p{XDigit}{1,4}");

    private RouterId() {
    }

    /** @return the EUI of a router id sent as a JSON string */
    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidRouterId("empty router id");
        }
        if (EUI_GROUPS.matcher(text).matches()) {
            if (text.indexOf('-') >= 0 && text.indexOf(':') >= 0) {
                throw new InvalidRouterId("router id \"" + text + "\": mixes - and : separators");
            }
            return Long.parseUnsignedLong(text.replace("-", "").replace(":", ""), 16);
        }
        if (PLAIN.matcher(text).matches()) {
            return Long.parseUnsignedLong(text, 16);
        }
        if (text.indexOf(':') >= 0) {
            return id6(text);
        }
        throw new InvalidRouterId("router id \"" + text + "\": not id6, an EUI or 16 hex digits");
    }

    /** @return the EUI of a router id sent as a JSON integer, which may exceed {@link Long#MAX_VALUE} */
    public static long parse(BigInteger number) {
        if (number.signum() < 0 || number.compareTo(MAX) >= 0) {
            throw new InvalidRouterId("router id " + number + ": not an unsigned 64-bit integer");
        }
        return number.longValue();
    }

    /** @return the EUI as the registry and the traffic path write it: 16 upper-case hex digits */
    public static String hex(long eui) {
        return String.format(Locale.ROOT, "%016X", eui);
    }

    private static long id6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new InvalidRouterId("id6 \"" + text + "\": more than one ::");
        }
        String[] head = groups(text, gap < 0 ? text : text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : groups(text, text.substring(gap + 2));
        int explicit = head.length + tail.length;
        if (gap < 0 ? explicit != 4 : explicit > 3) {
            throw new InvalidRouterId("id6 \"" + text + "\": needs four groups, or fewer with ::");
        }
        long value = 0;
        for (String g : head) {
            value = value << 16 | Integer.parseInt(g, 16);
        }
        value = head.length == 0 ? 0 : value << 16 * (4 - head.length); // the zero groups of :: follow the head
        long low = 0;
        for (String g : tail) {
            low = low << 16 | Integer.parseInt(g, 16);
        }
        return value | low;
    }

    private static String[] groups(String text, String part) {
        if (part.isEmpty()) {
            return new String[0];
        }
        String[] groups = part.split(":", -1);
        for (String g : groups) {
            if (!ID6_GROUP.matcher(g).matches()) {
                throw new InvalidRouterId("id6 \"" + text + "\": group \"" + g + "\" is not 1 to 4 hex digits");
            }
        }
        return groups;
    }
}
