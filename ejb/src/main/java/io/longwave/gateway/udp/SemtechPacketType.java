package io.longwave.gateway.udp;

/** Identifiers of the Semtech UDP packet forwarder protocol, version 2. */
public enum SemtechPacketType {
    PUSH_DATA(0x00, true),
    PUSH_ACK(0x01, false),
    PULL_DATA(0x02, true),
    PULL_RESP(0x03, false),
    PULL_ACK(0x04, false),
    TX_ACK(0x05, true);

    private final int id;
    private final boolean fromGateway;

    SemtechPacketType(int id, boolean fromGateway) {
        this.id = id;
        this.fromGateway = fromGateway;
    }

    public int id() {
        return id;
    }

    /** True for the identifiers a gateway sends (and so the only ones a server accepts). */
    public boolean fromGateway() {
        return fromGateway;
    }

    static SemtechPacketType of(int id) {
        for (SemtechPacketType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }
}
