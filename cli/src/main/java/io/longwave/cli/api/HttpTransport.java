package io.longwave.cli.api;

import io.longwave.platform.certificates.PemFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** HTTP to one server; trusts the configured CA (only it) when one is set, else the JDK's default trust. */
public final class HttpTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final HttpClient client;

    public HttpTransport(ServerConfig server) throws IOException {
        this.baseUrl = server.baseUrl();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15));
        if (server.ca().isPresent()) {
            builder.sslContext(trusting(server.ca().get()));
        }
        this.client = builder.build();
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

    /** Sends and returns as soon as the headers are in; the body is read line by line as it streams. */
    public HttpResponse<java.util.stream.Stream<String>> sendStreaming(HttpRequest request) throws ConnectionException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new ConnectionException("cannot reach " + baseUrl + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while calling " + baseUrl, e);
        }
    }

    /** The innermost cause with a message: the JDK wraps "Connection refused" and TLS failures. */
    static String reason(Throwable e) {
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
