package io.longwave.gateway;

/**
 * A gateway's verdict on a downlink it was asked to transmit: {@code error} is null on success,
 * else the gateway's reason ({@code TOO_LATE}, {@code COLLISION_PACKET}, ...).
 */
public record TxAcknowledged(String downlinkId, String gatewayId, String error, long roundTripMillis) {

    public boolean success() {
        return error == null;
    }
}
