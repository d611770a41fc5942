package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.platform.certificates.CertificateDirectory;
import io.longwave.platform.certificates.CertificateIssuer;
import io.longwave.platform.certificates.CertificateProvisioner;
import io.longwave.platform.certificates.ClientCredentials;
import io.longwave.platform.certificates.PemFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Gateways, clients and CUPS exchanges shared by the Basics Station integration tests. */
final class Stations {

    private Stations() {
    }

    record Gateway(String id, String eui, String key) {
    }

    /** A decoded update-info answer, in the station's reading order. */
    record UpdateInfo(String cupsUri, String tcUri, byte[] cupsCred, byte[] tcCred, byte[] signature, byte[] update) {

        static UpdateInfo decode(byte[] body) {
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            String cups = new String(bytes(b, Byte.toUnsignedInt(b.get())), StandardCharsets.UTF_8);
            String tc = new String(bytes(b, Byte.toUnsignedInt(b.get())), StandardCharsets.UTF_8);
            byte[] cupsCred = bytes(b, Short.toUnsignedInt(b.getShort()));
            byte[] tcCred = bytes(b, Short.toUnsignedInt(b.getShort()));
            byte[] sig = bytes(b, b.getInt());
            byte[] upd = bytes(b, b.getInt());
            assertEquals(0, b.remaining(), "nothing after the update segment");
            return new UpdateInfo(cups, tc, cupsCred, tcCred, sig, upd);
        }

        private static byte[] bytes(ByteBuffer b, int n) {
            byte[] out = new byte[n];
            b.get(out);
            return out;
        }
    }

    static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    static String randomEui() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    /** Registers a gateway with a link API key, and waits until the registry's Redis mirror knows it. */
    static Gateway register(String admin, boolean requireAuthentication) throws Exception {
        String id = Api.uniqueId("gw");
        String eui = randomEui();
        Api.Reply created = Api.post("/api/v3/users/admin/gateways", admin, json("{\"gateway\":{\"ids\":{\"gateway_id\":\""
                + id + "\",\"eui\":\"" + eui + "\"},\"frequency_plan_ids\":[\"EU_863_870_TTN\"],"
                + "\"require_authenticated_connection\":" + requireAuthentication + "}}"));
        assertEquals(200, created.status(), created.toString());
        Api.Reply key = Api.post("/api/v3/gateways/" + id + "/api-keys", admin,
                json("{\"name\":\"station\",\"rights\":[\"RIGHT_GATEWAY_LINK\"]}"));
        assertEquals(200, key.status(), key.toString());
        Gateway g = new Gateway(id, eui, key.json().getString("key"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject r = RouterInfoIT.discover(true, "Bearer " + g.key, "\"" + eui + "\"");
            if (r.containsKey("uri")) {
                return g;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("gateway " + eui + " never became discoverable");
    }

    /** Sets the gateway's Basics Station fields through the API (a field mask of exactly those given). */
    static void provision(String admin, Gateway g, String lnsSecret, String cupsUri, String cupsKey) {
        StringBuilder gateway = new StringBuilder();
        StringBuilder paths = new StringBuilder();
        if (lnsSecret != null) {
            gateway.append("\"lbs_lns_secret\":{\"value\":\"").append(base64(lnsSecret)).append("\"},");
            paths.append("\"lbs_lns_secret\",");
        }
        if (cupsUri != null) {
            gateway.append("\"target_cups_uri\":\"").append(cupsUri).append("\",");
            paths.append("\"target_cups_uri\",");
        }
        if (cupsKey != null) {
            gateway.append("\"target_cups_key\":{\"value\":\"").append(base64(cupsKey)).append("\"},");
            paths.append("\"target_cups_key\",");
        }
        Api.Reply r = Api.put("/api/v3/gateways/" + g.id(), admin, json("{\"gateway\":{" + strip(gateway) + "},"
                + "\"field_mask\":{\"paths\":[" + strip(paths) + "]}}"));
        assertEquals(200, r.status(), r.toString());
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String strip(StringBuilder b) {
        return b.length() == 0 ? "" : b.substring(0, b.length() - 1);
    }

    static String cupsUrl(boolean secure) {
        return secure ? "https://localhost:" + TestServer.port("LW_HTTPS_PORT") + "/update-info"
                : "http://localhost:" + TestServer.port("LW_HTTP_PORT") + "/update-info";
    }

    static String lnsUri() {
        return "wss://localhost:" + TestServer.port("LW_STATION_WSS_PORT");
    }

    /** The station's request body, as {@code cups.c} writes it. */
    static String updateInfoBody(String routerJson, String cupsUri, String tcUri, long cupsCrc, long tcCrc) {
        return "{\"router\":" + routerJson + ",\"cupsUri\":\"" + cupsUri + "\",\"tcUri\":\"" + tcUri + "\",\"cupsCredCrc\":"
                + cupsCrc + ",\"tcCredCrc\":" + tcCrc + ",\"station\":\"2.0.6(linux/std) 2022-01-25 08:00:00\","
                + "\"model\":\"linux\",\"package\":\"\",\"keys\":[]}";
    }

    static HttpResponse<byte[]> updateInfo(HttpClient client, boolean secure, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cupsUrl(secure))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpClient client(boolean secure) {
        return secure ? TestServer.client() : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }

    static long crc(byte[] blob) {
        CRC32 crc = new CRC32();
        crc.update(blob);
        return crc.getValue();
    }

    static X509Certificate ca() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(TestServer.env("LW_CERTS_DIR"), "ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Trust plus the token header, the way a station's credential files checksum. */
    static byte[] tokenBlob(String token) throws Exception {
        byte[] ca = ca().getEncoded();
        byte[] header = ("Authorization: Bearer " + token + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(ca.length + 4 + header.length);
        b.put(ca).put(new byte[4]).put(header);
        return b.array();
    }

    /** An HTTPS/WSS client presenting a client certificate for {@code eui} issued by the stack's CA (as {@code lw ops certificates client}). */
    static SSLContext clientCertificateContext(String eui) throws Exception {
        ClientCredentials issued = new CertificateProvisioner(new CertificateIssuer(Clock.systemUTC(), new SecureRandom()))
                .issueGatewayClient(new CertificateDirectory(Path.of(TestServer.env("LW_CERTS_DIR"))), eui);
        List<X509Certificate> chain = PemFiles.parseCertificates(issued.certificatePem(), "client");
        char[] password = "changeit".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", PemFiles.parsePrivateKey(issued.privateKeyPem(), "client key"), password,
                new Certificate[] {chain.get(0), ca()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ssl;
    }

    /** One discovery exchange on {@code /router-info} over wss with the given client; returns the one reply. */
    static JsonObject discover(HttpClient client, String routerJson) throws Exception {
        return json(RouterInfoIT.exchange(client, true, null, "{\"router\":" + routerJson + "}"));
    }
}
