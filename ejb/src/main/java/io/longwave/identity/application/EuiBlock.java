package io.longwave.identity.application;

import io.longwave.identity.IdentityException;
import java.util.Locale;

/**
 * A DevEUI block such as {@code 70B3D57ED0000000/36} ({@code is.dev-eui-block.prefix}): the top
 * {@code bits} of {@code prefix} are fixed, the counter fills the low {@code 64 - bits}.
 */
public record EuiBlock(long prefix, int bits) {

    public EuiBlock {
        if (bits < 0 || bits > 64) {
            throw new IllegalArgumentException("prefix length must be 0-64");
        }
    }

    public static EuiBlock parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2 || !parts[0].matches("[0-9A-Fa-f]{16}") || !parts[1].matches("\\d{1,2}")) {
            throw IdentityException.precondition("dev_eui_block_invalid",
                    "is.dev-eui-block.prefix must look like 70B3D57ED0000000/36");
        }
        return new EuiBlock(Long.parseUnsignedLong(parts[0], 16), Integer.parseInt(parts[1]));
    }

    /** How many counters fit in the low bits; {@code Long.MAX_VALUE} stands for 2^63 and more. */
    public long capacity() {
        int free = 64 - bits;
        return free >= 63 ? Long.MAX_VALUE : 1L << free;
    }

    public boolean contains(long counter) {
        return counter >= 0 && counter < capacity();
    }

    /** The EUI for a counter inside the block, as 16 upper-case hex digits. */
    public String eui(long counter) {
        if (!contains(counter)) {
            throw new IllegalArgumentException("counter " + counter + " outside the block");
        }
        long mask = bits == 0 ? 0 : -1L << (64 - bits);
        return String.format(Locale.ROOT, "%016X", (prefix & mask) | counter);
    }
}
