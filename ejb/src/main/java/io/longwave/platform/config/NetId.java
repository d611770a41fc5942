package io.longwave.platform.config;

/**
 * A 24-bit LoRaWAN NetID. Its type (top 3 bits) fixes how many DevAddr bits carry the network's
 * NwkID (LoRaWAN Backend Interfaces 1.0 as amended: types 3 and 4 carry 11 and 12 NwkID bits), hence
 * which DevAddr prefix belongs to it.
 */
public record NetId(int value) {

    private static final int[] NWK_ID_BITS = {6, 6, 9, 11, 12, 13, 15, 17};

    public NetId {
        if (value < 0 || value > 0xFFFFFF) {
            throw new IllegalArgumentException("NetID is 24 bits");
        }
    }

    public int type() {
        return value >>> 21;
    }

    /** NetIDs 000000 and 000001 are for experimental and private networks: any DevAddr range goes. */
    public boolean isExperimental() {
        return value == 0 || value == 1;
    }

    /** The DevAddr prefix assigned to this NetID: type prefix bits followed by the NwkID. */
    public DevAddrRange devAddrRange() {
        int type = type();
        int nwkIdBits = NWK_ID_BITS[type];
        int nwkId = value & ((1 << nwkIdBits) - 1);
        int typePrefixBits = type + 1;
        long typePrefix = ((1L << type) - 1) << 1; // type 0 -> 0, 1 -> 10, 2 -> 110 ...
        int length = typePrefixBits + nwkIdBits;
        long prefix = ((typePrefix << nwkIdBits) | nwkId) << (32 - length);
        return new DevAddrRange((int) prefix, length);
    }

    public String hex() {
        return String.format("%06X", value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
