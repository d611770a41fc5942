package io.longwave.websocket.station;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Hands the TLS client certificate of a station's websocket upgrade to {@link StationHandshake}: a
 * {@code HandshakeRequest} does not carry the servlet request's {@code jakarta.servlet.request.X509Certificate}
 * attribute, but it does carry the HTTP session, so the chain goes there for the one handshake. A request
 * without a certificate clears it, so that a session id replayed on another connection never lends one.
 */
// /traffic/* too: the traffic endpoint shares StationHandshake and StationDiscovery
@WebFilter(urlPatterns = {"/router-info", "/traffic/*"})
public class ClientCertificateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHAIN = "longwave.station.client-certificates";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object certs = request.getAttribute(CERTIFICATES);
        if (certs instanceof X509Certificate[] presented && presented.length > 0) {
            request.getSession(true).setAttribute(CHAIN, List.of(presented));
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(CHAIN);
            }
        }
        chain.doFilter(request, response);
    }
}
