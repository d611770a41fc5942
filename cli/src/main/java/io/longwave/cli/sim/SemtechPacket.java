package io.longwave.cli.sim;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One datagram of the Semtech UDP packet forwarder protocol (version 2): version, random token, type,
 * the gateway EUI on the messages a gateway sends, then a JSON text on those that carry one.
 */
public record SemtechPacket(int version, int token, int type, long gatewayEui, byte[] json) {

    public static final int VERSION = 2;
    public static final int PUSH_DATA = 0;
    public static final int PUSH_ACK = 1;
    public static final int PULL_DATA = 2;
    public static final int PULL_RESP = 3;
    public static final int PULL_ACK = 4;
    public static final int TX_ACK = 5;

    public SemtechPacket {
        json = json == null ? new byte[0] : json;
    }

    public static SemtechPacket fromGateway(int type, int token, long eui, String json) {
        return new SemtechPacket(VERSION, token, type, eui, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    static boolean hasEui(int type) {
        return type == PUSH_DATA || type == PULL_DATA || type == TX_ACK;
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }

    public byte[] encode() {
        int header = hasEui(type) ? 12 : 4;
        byte[] out = new byte[header + json.length];
        out[0] = (byte) version;
        out[1] = (byte) (token >>> 8);
        out[2] = (byte) token;
        out[3] = (byte) type;
        if (hasEui(type)) {
            for (int i = 0; i < 8; i++) {
                out[4 + i] = (byte) (gatewayEui >>> (56 - 8 * i));
            }
        }
        System.arraycopy(json, 0, out, header, json.length);
        return out;
    }

    public static SemtechPacket decode(byte[] buf, int length) {
        if (length < 4) {
            throw new IllegalArgumentException("datagram of " + length + " bytes is too short");
        }
        int type = buf[3] & 0xFF;
        if (type > TX_ACK) {
            throw new IllegalArgumentException("unknown packet type " + type);
        }
        int header = hasEui(type) ? 12 : 4;
        if (length < header) {
            throw new IllegalArgumentException("datagram of " + length + " bytes is too short for type " + type);
        }
        long eui = 0;
        if (hasEui(type)) {
            for (int i = 0; i < 8; i++) {
                eui = eui << 8 | (buf[4 + i] & 0xFF);
            }
        }
        int token = (buf[1] & 0xFF) << 8 | (buf[2] & 0xFF);
        return new SemtechPacket(buf[0] & 0xFF, token, type, eui, Arrays.copyOfRange(buf, header, length));
    }
}
