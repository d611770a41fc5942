package io.longwave.identity.gateway;

/** Fired when a gateway's registration changed, so that the Gateway Server's Redis mirror follows after commit. */
public record GatewayChanged(String gatewayId, String previousEui) {
}
