package io.longwave.gateway.udp;

import java.util.Arrays;

/**
 * The header of a datagram a gateway sent: version 2, token, identifier, gateway EUI, and the JSON
 * body that follows (empty for PULL_DATA). Parsing never throws anything but
 * {@link MalformedDatagramException}.
 */
public record SemtechDatagram(int version, int token, SemtechPacketType type, long gatewayEui, byte[] body) {

    static final int PROTOCOL_VERSION = 2;
    private static final int HEADER = 4;
    private static final int HEADER_WITH_EUI = 12;

    public static SemtechDatagram parse(byte[] data) throws MalformedDatagramException {
        if (data.length < HEADER) {
            throw new MalformedDatagramException(MalformedDatagramException.Reason.TRUNCATED, "shorter than the 4-byte header");
        }
        int version = data[0] & 0xFF;
        if (version != PROTOCOL_VERSION && version != 1) {
            throw new MalformedDatagramException(MalformedDatagramException.Reason.BAD_VERSION, "protocol version " + version);
        }
        int token = ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
        SemtechPacketType type = SemtechPacketType.of(data[3] & 0xFF);
        if (type == null || !type.fromGateway()) {
            throw new MalformedDatagramException(MalformedDatagramException.Reason.BAD_IDENTIFIER,
                    "identifier 0x" + Integer.toHexString(data[3] & 0xFF) + " is not sent by gateways");
        }
        if (data.length < HEADER_WITH_EUI) {
            throw new MalformedDatagramException(MalformedDatagramException.Reason.TRUNCATED, type + " without gateway EUI");
        }
        long eui = 0;
        for (int i = HEADER; i < HEADER_WITH_EUI; i++) {
            eui = (eui << 8) | (data[i] & 0xFF);
        }
        if (type == SemtechPacketType.PUSH_DATA && data.length == HEADER_WITH_EUI) {
            throw new MalformedDatagramException(MalformedDatagramException.Reason.TRUNCATED, "PUSH_DATA without JSON");
        }
        return new SemtechDatagram(version, token, type, eui, Arrays.copyOfRange(data, HEADER_WITH_EUI, data.length));
    }

    public String gatewayEuiHex() {
        return String.format("%016X", gatewayEui);
    }
}
