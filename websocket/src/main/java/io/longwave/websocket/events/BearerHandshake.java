package io.longwave.websocket.events;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Takes the bearer credential off the upgrade request: the {@code Authorization} header, or, since
 * browsers cannot set headers on a websocket, the subprotocol
 * {@code ttn.lorawan.v3.header.authorization.bearer.<token>} as The Things Stack's console sends it. The
 * credential is checked when the socket opens, so that a refusal is a close frame with a reason rather
 * than a failed handshake. Liberty hands this method a per-connection copy of the user properties.
 */
public class BearerHandshake extends ServerEndpointConfig.Configurator {

    /** User property: the {@code Authorization} value to authenticate, absent when none was given. */
    static final String AUTHORIZATION = "longwave.events.authorization";
    static final String PROTOCOL_PREFIX = "ttn.lorawan.v3.header.authorization.bearer.";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        String header = first(request.getHeaders(), "Authorization");
        if (header == null) {
            String protocols = String.join(",", all(request.getHeaders(), HandshakeRequest.SEC_WEBSOCKET_PROTOCOL));
            for (String p : protocols.split(",")) {
                if (p.trim().startsWith(PROTOCOL_PREFIX)) {
                    header = "Bearer " + p.trim().substring(PROTOCOL_PREFIX.length());
                }
            }
        }
        if (header != null) {
            config.getUserProperties().put(AUTHORIZATION, header);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = all(headers, name);
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    // header names are case-insensitive, the map handed over need not be
    private static List<String> all(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null) {
                return e.getValue();
            }
        }
        return List.of();
    }
}
