package io.longwave.cli.sim;

/** A gateway API key made for one run of a Basics Station gateway: its id (to delete it) and its secret. */
public record GatewayKey(String gatewayId, String id, String secret) {
}
