package io.longwave.it;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The server under test, as {@code ./lw test} started it: every address and secret comes from the
 * environment that script exported (free ports, private PostgreSQL and Redis).
 */
public final class TestServer {

    private TestServer() {
    }

    public static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests with ./lw test");
        }
        return v;
    }

    public static int port(String name) {
        return Integer.parseInt(env(name));
    }

    public static String https(String path) {
        return "https://localhost:" + port("LW_HTTPS_PORT") + path;
    }

    /** An HTTPS client that trusts only the stack's CA and checks the host name. */
    public static HttpClient client() {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(Path.of(env("LW_CERTS_DIR"), "ca.pem"))) {
                trust.setCertificateEntry("ca", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(30)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(b::header);
        return client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String metricsAuthorization(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("metrics:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sum of every sample of a Prometheus metric whose labels contain {@code labelFilter}. */
    public static double metric(String name, String labelFilter) throws Exception {
        HttpResponse<String> r = get(https("/metrics?scope=application"),
                Map.of("Authorization", metricsAuthorization(env("TTS_METRICS_PASSWORD"))));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + r.statusCode());
        }
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(r.body());
        while (m.find()) {
            if (m.group(1).contains(labelFilter)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(env("LW_DB_URL"), env("LW_DB_USER"), env("LW_DB_PASSWORD"));
    }

    /** Polls a metric until it reaches {@code atLeast} or 30 s pass; returns the last value read. */
    public static double awaitMetric(String name, String labelFilter, double atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        double value = metric(name, labelFilter);
        while (value < atLeast && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            value = metric(name, labelFilter);
        }
        return value;
    }
}
