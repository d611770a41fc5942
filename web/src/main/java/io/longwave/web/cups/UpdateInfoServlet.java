package io.longwave.web.cups;

import io.longwave.gateway.cups.CupsServer;
import io.longwave.gateway.cups.UpdateInfoRequest;
import io.longwave.gateway.cups.UpdateInfoRequests;
import io.longwave.gateway.station.StationDiscovery;
import io.longwave.platform.json.Jsonp;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * LoRa Basics Station CUPS: {@code POST /update-info} on the default endpoint (http 1885, https 8885). A
 * servlet rather than a JAX-RS resource: the body is binary, the TLS client certificate is a request
 * attribute, and a bad credential must be answered (and counted) here, not by the API's caller filter.
 * Every outcome is counted in {@code gs_cups_requests_total{result}}; credentials never reach the log.
 */
@WebServlet(urlPatterns = "/update-info")
public class UpdateInfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UpdateInfoServlet.class.getName());
    private final transient RateLimitedLog refusals = new RateLimitedLog(LOG, 10_000);
    /** A station's request is a few hundred bytes. */
    private static final int MAX_BODY = 16 * 1024;
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Inject
    transient CupsServer cups;

    @Inject
    transient MetricRegistry metrics;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UpdateInfoRequest update;
        try {
            update = UpdateInfoRequests.parse(body(request));
        } catch (RuntimeException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad_request", "invalid update-info request: " + message(e));
            return;
        }
        try {
            byte[] answer = cups.updateInfo(update, request.isSecure(), authorization(request), certificates(request),
                    host(request)).encode();
            count("ok");
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/octet-stream");
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
        } catch (StationDiscovery.Refused e) {
            refuse(response, status(e.refusal()), e.refusal().label, e.getMessage());
        } catch (IllegalArgumentException e) {
            // a gateway_server_address or host that makes no uri, a stored value that does not fit the layout
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad_request", message(e));
        } catch (RuntimeException e) {
            LOG.warning("gs.cups.failed error=\"" + e.getClass().getName() + "\"");
            count("internal");
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error; try again later");
        }
    }

    private static JsonObject body(HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new IllegalArgumentException("body over " + MAX_BODY + " bytes");
        }
        // older stations send no Content-Type: the body is JSON whatever the header says
        try (JsonReader reader = Jsonp.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    /** The host the station addressed us by: from {@code Host}, or HTTP/2's {@code :authority}; IPv6 in brackets. */
    private static String host(HttpServletRequest request) {
        String name = request.getServerName();
        return name != null && name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }

    /** The station sends its {@code cups.key} lines as headers; The Things Stack accepts a key without the scheme too. */
    private static String authorization(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value : "Bearer " + value;
    }

    private static List<X509Certificate> certificates(HttpServletRequest request) {
        Object chain = request.getAttribute(CERTIFICATES);
        return chain instanceof X509Certificate[] certs ? List.of(certs) : List.of();
    }

    private static int status(StationDiscovery.Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_GATEWAY -> HttpServletResponse.SC_NOT_FOUND;
            case UNAUTHENTICATED, INVALID_CREDENTIALS -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
        };
    }

    private void refuse(HttpServletResponse response, int status, String result, String message) throws IOException {
        count(result);
        refusals.warn("gs.cups.refused." + result, "gs.cups.refused result=" + result + " detail=\"" + message + "\"");
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void count(String result) {
        metrics.counter("gs_cups_requests", new Tag("result", result)).inc();
    }
}
