package io.longwave.cli.api;

import io.longwave.platform.certificates.PemFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** HTTP to one server; trusts the configured CA (only it) when one is set, else the JDK's default trust. */
public final class HttpTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final HttpClient client;
    private final SSLContext sslContext;

    public HttpTransport(ServerConfig server) throws IOException {
        this.baseUrl = server.baseUrl();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15));
        this.sslContext = server.ca().isPresent() ? trusting(server.ca().get()) : null;
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
    }

    /** A client for websockets to the same server (Basics Station traffic), trusting what this transport trusts. */
    public HttpClient webSocketClient() {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15));
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    public HttpRequest.Builder request(String target) {
        return HttpRequest.newBuilder(URI.create(baseUrl + target)).timeout(TIMEOUT);
    }

    public HttpResponse<String> send(HttpRequest request) throws ConnectionException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConnectionException("cannot reach " + baseUrl + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while calling " + baseUrl, e);
        }
    }

    /** A streamed answer: its status and its body's lines as they arrive; closing the lines ends the call. */
    public record StreamedAnswer(int status, java.util.stream.Stream<String> lines) {
    }

    /**
     * Sends and returns as soon as the headers are in; the body is then read line by line on the
     * caller's thread through a blocking connection. The asynchronous client handed every chunk across
     * threads, which cost the load tool about half its CPU when it read a thousand events a second.
     */
    public StreamedAnswer sendStreaming(String method, String target, Map<String, String> headers, String body,
                                        Duration readTimeout) throws ConnectionException {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + target).toURL().openConnection();
            if (c instanceof HttpsURLConnection https && sslContext != null) {
                https.setSSLSocketFactory(sslContext.getSocketFactory());
            }
            c.setConnectTimeout(15_000);
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis()));
            c.setRequestMethod(method);
            headers.forEach(c::setRequestProperty);
            if (body != null) {
                c.setDoOutput(true);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream in = status / 100 == 2 ? c.getInputStream() : c.getErrorStream();
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    in == null ? InputStream.nullInputStream() : in, StandardCharsets.UTF_8));
            return new StreamedAnswer(status, reader.lines().onClose(c::disconnect));
        } catch (IOException e) {
            throw new ConnectionException("cannot reach " + baseUrl + ": " + reason(e), e);
        }
    }

    /** The innermost cause with a message: the JDK wraps "Connection refused" and TLS failures. */
    public static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            } else if (t instanceof java.nio.channels.UnresolvedAddressException) {
                reason = "unknown host";
            } else if (t instanceof java.net.ConnectException) {
                reason = "connection refused";
            }
        }
        return reason;
    }

    private static SSLContext trusting(Path caPem) throws IOException {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (X509Certificate cert : PemFiles.readCertificates(caPem)) {
                trust.setCertificateEntry("ca" + i++, cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("cannot use CA file " + caPem + ": " + e.getMessage(), e);
        }
    }
}
