package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.station.Stations.Gateway;
import io.longwave.it.station.Stations.UpdateInfo;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gateways authenticated by a TLS client certificate issued by the stack's CA (CN = EUI), instead of a key:
 * CUPS on https and discovery on wss, for a gateway that requires an authenticated connection. A certificate
 * for another gateway's EUI is refused on both.
 */
class MutualTlsIT {

    static String admin;
    static Gateway locked;
    static HttpClient own;
    static HttpClient foreign;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Api.admin();
        locked = Stations.register(admin, true);
        Stations.provision(admin, locked, locked.key(), null, locked.key());
        own = client(locked.eui());
        foreign = client(Stations.randomEui());
    }

    private static HttpClient client(String eui) throws Exception {
        return HttpClient.newBuilder().sslContext(Stations.clientCertificateContext(eui)).connectTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aClientCertificateAuthenticatesCups() throws Exception {
        HttpResponse<byte[]> r = Stations.updateInfo(own, true, null, Stations.updateInfoBody("\"" + locked.eui() + "\"", "", "", 0, 0));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        UpdateInfo answer = UpdateInfo.decode(r.body());
        assertEquals(Stations.lnsUri(), answer.tcUri());
        assertArrayEquals(Stations.tokenBlob(locked.key()), answer.tcCred(), "an authenticated station gets its LNS credentials");
        assertArrayEquals(Stations.tokenBlob(locked.key()), answer.cupsCred(), "and, proven by certificate, its CUPS key");
    }

    @Test
    void aCertificateForAnotherGatewayIsRefusedByCups() throws Exception {
        double before = TestServer.metric("gs_cups_requests_total", "result=\"forbidden\"");
        HttpResponse<byte[]> r = Stations.updateInfo(foreign, true, null, Stations.updateInfoBody("\"" + locked.eui() + "\"", "", "", 0, 0));
        assertEquals(403, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("client certificate is for gateway"));
        assertTrue(TestServer.metric("gs_cups_requests_total", "result=\"forbidden\"") >= before + 1);
    }

    @Test
    void aClientCertificateAuthenticatesDiscovery() throws Exception {
        JsonObject reply = Stations.discover(own, "\"" + locked.eui() + "\"");
        assertFalse(reply.containsKey("error"), reply.toString());
        assertEquals(Stations.lnsUri() + "/traffic/" + locked.eui(), reply.getString("uri"));
        // the next connection without a certificate (and without a key) is refused again
        JsonObject bare = Stations.discover(TestServer.client(), "\"" + locked.eui() + "\"");
        assertTrue(bare.getString("error").contains("requires an authenticated connection"), bare.toString());
    }

    @Test
    void aCertificateForAnotherGatewayIsRefusedByDiscovery() throws Exception {
        JsonObject reply = Stations.discover(foreign, "\"" + locked.eui() + "\"");
        assertFalse(reply.containsKey("uri"), reply.toString());
        assertTrue(reply.getString("error").contains("client certificate is for gateway"), reply.toString());
    }

    @Test
    void aClientCertificateAuthenticatesTraffic() throws Exception {
        try (TestStation st = TestStation.connect(own, TestStation.uri(true, locked.eui()), null)) {
            JsonObject config = st.version();
            assertTrue(config != null && "router_config".equals(config.getString("msgtype")), "router_config for a certified station");
        }
    }

    @Test
    void aCertificateForAnotherGatewayIsRefusedByTraffic() throws Exception {
        try (TestStation st = TestStation.connect(foreign, TestStation.uri(true, locked.eui()), null)) {
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("client certificate is for gateway"), st.closeReason);
        }
    }
}
