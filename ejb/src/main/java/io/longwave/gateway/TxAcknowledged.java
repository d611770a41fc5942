package io.longwave.gateway;

/**
 * A gateway's verdict on a downlink it was asked to transmit: {@code error} is null on success,
 * else the gateway's reason ({@code TOO_LATE}, {@code COLLISION_PACKET}, ...). {@code roundTripMillis} is -1
 * when the acknowledgement says nothing of the network's round trip (a Basics Station's {@code dntxed} comes
 * after the transmission; its round trip is measured from {@code RefTime} instead).
 */
public record TxAcknowledged(String downlinkId, String gatewayId, String error, long roundTripMillis) {

    public boolean success() {
        return error == null;
    }
}
