package io.longwave.gateway.cups;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The LNS uri CUPS hands a station: {@code wss://host:port} of the Basics Station endpoint. The host is the
 * gateway's {@code gateway_server_address} when set ({@code host}, {@code host:port} or a {@code wss://} uri),
 * else the host the station reached CUPS by; the port defaults to the station wss port.
 */
public final class TrafficAddress {

    private TrafficAddress() {
    }

    public static String uri(String gatewayServerAddress, String cupsHost, int defaultPort) {
        String address = gatewayServerAddress == null ? "" : gatewayServerAddress.trim();
        if (address.isEmpty()) {
            return "wss://" + hostOf(cupsHost) + ":" + defaultPort;
        }
        try {
            URI uri = new URI(address.contains("://") ? address : "wss://" + address);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("gateway_server_address `" + address + "` has no host");
            }
            String host = uri.getHost();
            return "wss://" + host + ":" + (uri.getPort() > 0 ? uri.getPort() : defaultPort);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("gateway_server_address `" + address + "` is no host[:port]", e);
        }
    }

    /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port} → the host part (brackets kept). */
    private static String hostOf(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            throw new IllegalArgumentException("the request names no host");
        }
        String h = hostHeader.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("bad host `" + h + "`");
            }
            return h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
