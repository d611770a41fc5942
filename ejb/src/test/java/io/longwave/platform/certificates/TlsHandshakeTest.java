package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated stores work for a real TLS connection with hostname verification, as Liberty will use them. */
class TlsHandshakeTest {

    private static final char[] PASSWORD = "handshake-pass".toCharArray();

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "localhost, localhost, true",
        "localhost, 127.0.0.1, true",
        "127.0.0.1, 127.0.0.1, true",
        "lns.example.com, localhost, false",
    })
    void clientTrustingOnlyTheCaVerifiesTheServer(String domain, String hostname, boolean succeeds) throws Exception {
        CertificateDirectory directory = new CertificateDirectory(temp.resolve("certs"));
        new CertificateProvisioner(new CertificateIssuer(Clock.systemUTC(), new SecureRandom())).ensure(directory,
                CertificateSettings.fromEnvironment(Map.of("TTS_DOMAIN", domain,
                        "LW_CUSTOM_CERTS_DIR", temp.resolve("none").toString())), PASSWORD);

        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(KeyStoreFiles.load(directory.keystore(), PASSWORD), PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trusted = KeyStoreFiles.load(directory.truststore(), PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            server.setSoTimeout(10_000);
            // Completed before the server socket closes: a TLS 1.3 close waits for the peer's close_notify.
            CompletableFuture<Integer> served = new CompletableFuture<>();
            CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.setSoTimeout(10_000);
                    int read = accepted.getInputStream().read();
                    accepted.getOutputStream().write(read + 1);
                    accepted.getOutputStream().flush();
                    served.complete(read);
                } catch (IOException e) {
                    served.complete(-1);
                }
            });
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory().createSocket(
                    InetAddress.getByName("127.0.0.1"), server.getLocalPort())) {
                client.setSoTimeout(10_000);
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                // SNI carries the name to verify; an IP literal is verified against the IP SubjectAltName instead.
                parameters.setServerNames(hostname.matches("[0-9.]+") ? List.of() : List.of(new SNIHostName(hostname)));
                client.setSSLParameters(parameters);
                if (succeeds) {
                    client.getOutputStream().write(41);
                    client.getOutputStream().flush();
                    assertEquals(42, client.getInputStream().read());
                    assertEquals(41, served.get(10, TimeUnit.SECONDS));
                } else {
                    assertThrows(SSLHandshakeException.class, client::startHandshake);
                    assertEquals(-1, served.get(10, TimeUnit.SECONDS));
                }
            }
        }
    }
}
