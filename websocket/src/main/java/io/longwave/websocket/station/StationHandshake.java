package io.longwave.websocket.station;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Keeps what discovery needs of the upgrade request: the {@code Authorization} header a station sends
 * from its {@code tc.key}, and the {@code Host} it connected to, so that the traffic uri it gets back
 * names the same host and port. Liberty hands this method a per-connection copy of the user properties.
 * The TLS client certificate chain, if any, comes through the HTTP session ({@link ClientCertificateFilter}).
 */
public class StationHandshake extends ServerEndpointConfig.Configurator {

    static final String AUTHORIZATION = "longwave.station.authorization";
    static final String HOST = "longwave.station.host";
    /** The client's address as a proxy in front reports it; the websocket API does not give the peer address. */
    static final String REMOTE = "longwave.station.remote";
    static final String CLIENT_CERTIFICATES = "longwave.station.client-certificates";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        put(config, AUTHORIZATION, first(request.getHeaders(), "Authorization"));
        put(config, HOST, first(request.getHeaders(), "Host"));
        put(config, REMOTE, first(request.getHeaders(), "X-Forwarded-For"));
        if (request.getHttpSession() instanceof HttpSession session) {
            Object chain = session.getAttribute(ClientCertificateFilter.CHAIN);
            if (chain != null) {
                config.getUserProperties().put(CLIENT_CERTIFICATES, chain);
                // used once: the session only carried it across the upgrade
                session.removeAttribute(ClientCertificateFilter.CHAIN);
            }
        }
    }

    private static void put(ServerEndpointConfig config, String key, String value) {
        if (value != null) {
            config.getUserProperties().put(key, value);
        }
    }

    // header names are case-insensitive, the map handed over need not be
    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()
                    && !e.getValue().get(0).isBlank()) {
                return e.getValue().get(0).trim();
            }
        }
        return null;
    }
}
