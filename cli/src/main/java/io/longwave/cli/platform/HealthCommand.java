package io.longwave.cli.platform;

import io.longwave.platform.certificates.PemFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lw cli health}: asks the server's readiness endpoint, optionally waiting until it is UP. */
@Command(name = "health", description = "Query /health/ready (exit 0 when UP).")
public final class HealthCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "https://localhost:8885", description = "Server base URL")
    String url;

    @Option(names = "--ca", description = "CA certificate (PEM) to trust for HTTPS, e.g. .lw/certs/ca.pem")
    Path ca;

    @Option(names = "--wait", defaultValue = "0", description = "Seconds to wait for UP")
    int waitSeconds;

    @Option(names = "--quiet", description = "Print nothing")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (ca != null) {
            builder.sslContext(trusting(ca));
        }
        HttpClient client = builder.build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        String last = "no answer";
        do {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200) {
                    if (!quiet) {
                        System.out.println(last);
                    }
                    return 0;
                }
            } catch (java.io.IOException e) {
                last = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
        } while (System.nanoTime() < deadline);
        if (!quiet) {
            System.err.println("not ready: " + last);
        }
        return 1;
    }

    private static SSLContext trusting(Path caPem) throws Exception {
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
    }
}
