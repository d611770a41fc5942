package io.longwave.platform.config;

/** A DevAddr prefix: the first {@code length} bits of {@code prefix} are fixed. */
public record DevAddrRange(int prefix, int length) {

    public DevAddrRange {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length is 0..32");
        }
        prefix = prefix & mask(length);
    }

    private static int mask(int length) {
        return length == 0 ? 0 : (int) (0xFFFFFFFFL << (32 - length));
    }

    public boolean contains(int devAddr) {
        return (devAddr & mask(length)) == prefix;
    }

    /** True when every address of {@code other} is also in this range. */
    public boolean covers(DevAddrRange other) {
        return other.length >= length && contains(other.prefix);
    }

    @Override
    public String toString() {
        return String.format("%08X/%d", prefix, length);
    }
}
