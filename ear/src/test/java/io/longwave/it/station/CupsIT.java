package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.station.Stations.Gateway;
import io.longwave.it.station.Stations.UpdateInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CUPS ({@code POST /update-info}) as a LoRa Basics Station uses it, over http and https with a gateway API
 * key: the first answer carries the CUPS and LNS uris and credentials (trust = the stack's CA in DER, the LNS
 * token as an {@code Authorization} header), the next request, reporting what the station then holds, gets
 * all-zero lengths. Refusals: wrong key, another gateway's key, unknown gateway, require_authenticated_connection
 * over plain http. The Basics Station fields of the gateway API, their rights, and their encryption at rest.
 */
class CupsIT {

    private static final String METRIC = "gs_cups_requests_total";
    private static final byte[] NOTHING = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    static String admin;
    static Gateway open;
    static Gateway locked;
    static Gateway other;
    static String cupsUri;
    /** The station's CUPS key: the link right to authenticate, and the secrets right to receive a CUPS key. */
    static String cupsKey;

    @BeforeAll
    static void registerGateways() throws Exception {
        admin = Api.admin();
        open = Stations.register(admin, false);
        locked = Stations.register(admin, true);
        other = Stations.register(admin, false);
        cupsUri = "https://localhost:" + TestServer.port("LW_HTTPS_PORT");
        Api.Reply key = Api.post("/api/v3/gateways/" + open.id() + "/api-keys", admin,
                Stations.json("{\"name\":\"cups\",\"rights\":[\"RIGHT_GATEWAY_LINK\",\"RIGHT_GATEWAY_READ_SECRETS\"]}"));
        assertEquals(200, key.status(), key.toString());
        cupsKey = key.json().getString("key");
        // the LNS token is the link key, the CUPS key the stronger one: the station keeps using both
        Stations.provision(admin, open, open.key(), cupsUri, cupsKey);
        Stations.provision(admin, locked, locked.key(), null, null);
    }

    private static String router(Gateway g) {
        String e = g.eui().toLowerCase();
        return "\"" + e.substring(0, 4) + ":" + e.substring(4, 8) + ":" + e.substring(8, 12) + ":" + e.substring(12) + "\"";
    }

    @ParameterizedTest(name = "secure={0}")
    @ValueSource(booleans = {false, true})
    void fullAnswerFirstThenNothingOnceTheStationHoldsIt(boolean secure) throws Exception {
        HttpResponse<byte[]> first = Stations.updateInfo(Stations.client(secure), secure, "Bearer " + cupsKey,
                Stations.updateInfoBody(router(open), "", "", 0, 0));
        assertEquals(200, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
        assertEquals("application/octet-stream", first.headers().firstValue("Content-Type").orElse(""));
        UpdateInfo answer = UpdateInfo.decode(first.body());
        assertEquals(cupsUri, answer.cupsUri());
        assertEquals(Stations.lnsUri(), answer.tcUri());
        byte[] expected = Stations.tokenBlob(open.key());
        assertArrayEquals(expected, answer.tcCred(), "trust = CA DER, no client certificate, the LNS token header");
        assertArrayEquals(Stations.tokenBlob(cupsKey), answer.cupsCred());
        byte[] ca = Stations.ca().getEncoded();
        assertArrayEquals(ca, java.util.Arrays.copyOf(answer.tcCred(), ca.length), "trust is the CA in DER");
        assertTrue(new String(answer.tcCred(), StandardCharsets.ISO_8859_1).endsWith("Authorization: Bearer " + open.key() + "\r\n"));
        assertEquals(0, answer.signature().length, "no firmware update configured");
        assertEquals(0, answer.update().length);

        HttpResponse<byte[]> second = Stations.updateInfo(Stations.client(secure), secure, "Bearer " + cupsKey,
                Stations.updateInfoBody(router(open), answer.cupsUri(), answer.tcUri(), Stations.crc(answer.cupsCred()),
                        Stations.crc(answer.tcCred())));
        assertEquals(200, second.statusCode());
        assertArrayEquals(NOTHING, second.body(), "a station that is up to date gets all-zero lengths");
    }

    @Test
    void aLinkOnlyKeyGetsTheLnsCredentialsButNotTheCupsKey() throws Exception {
        HttpResponse<byte[]> r = Stations.updateInfo(Stations.client(true), true, "Bearer " + open.key(),
                Stations.updateInfoBody(router(open), "", "", 0, 0));
        assertEquals(200, r.statusCode());
        UpdateInfo answer = UpdateInfo.decode(r.body());
        assertEquals(cupsUri, answer.cupsUri());
        assertArrayEquals(Stations.tokenBlob(open.key()), answer.tcCred());
        assertEquals(0, answer.cupsCred().length, "the CUPS key needs RIGHT_GATEWAY_READ_SECRETS or a client certificate");
    }

    @Test
    void aKeyWithoutTheSchemeIsAcceptedLikeTheThingsStackDoes() throws Exception {
        HttpResponse<byte[]> r = Stations.updateInfo(Stations.client(true), true, open.key(),
                Stations.updateInfoBody(router(open), cupsUri, Stations.lnsUri(), 0, 0));
        assertEquals(200, r.statusCode());
        assertEquals(Stations.tokenBlob(open.key()).length, UpdateInfo.decode(r.body()).tcCred().length);
    }

    @Test
    void wrongKeysAndUnknownGatewaysAreRefusedAndCounted() throws Exception {
        double forbidden = TestServer.metric(METRIC, "result=\"forbidden\"");
        double invalid = TestServer.metric(METRIC, "result=\"invalid_credentials\"");
        double unknown = TestServer.metric(METRIC, "result=\"unknown_gateway\"");
        String body = Stations.updateInfoBody(router(open), "", "", 0, 0);

        HttpResponse<byte[]> foreign = Stations.updateInfo(Stations.client(true), true, "Bearer " + other.key(), body);
        assertEquals(403, foreign.statusCode());
        assertTrue(text(foreign).contains("RIGHT_GATEWAY_LINK"), text(foreign));

        HttpResponse<byte[]> wrong = Stations.updateInfo(Stations.client(true), true, "Bearer NNSXS.NOTAKEY.NOTASECRET", body);
        assertEquals(401, wrong.statusCode());
        assertTrue(text(wrong).contains("invalid credentials"), text(wrong));

        HttpResponse<byte[]> nobody = Stations.updateInfo(Stations.client(false), false, null,
                Stations.updateInfoBody("\"" + Stations.randomEui() + "\"", "", "", 0, 0));
        assertEquals(404, nobody.statusCode());
        assertTrue(text(nobody).contains("not registered"), text(nobody));

        HttpResponse<byte[]> bad = Stations.updateInfo(Stations.client(false), false, null, "{\"router\":true}");
        assertEquals(400, bad.statusCode());

        assertTrue(TestServer.metric(METRIC, "result=\"forbidden\"") >= forbidden + 1);
        assertTrue(TestServer.metric(METRIC, "result=\"invalid_credentials\"") >= invalid + 1);
        assertTrue(TestServer.metric(METRIC, "result=\"unknown_gateway\"") >= unknown + 1);
    }

    @Test
    void aGatewayRequiringAuthenticationNeedsHttpsAndItsKey() throws Exception {
        String body = Stations.updateInfoBody(router(locked), "", "", 0, 0);
        HttpResponse<byte[]> plain = Stations.updateInfo(Stations.client(false), false, "Bearer " + locked.key(), body);
        assertEquals(401, plain.statusCode());
        assertTrue(text(plain).contains("requires an authenticated connection"), text(plain));
        assertEquals(401, Stations.updateInfo(Stations.client(true), true, null, body).statusCode());
        HttpResponse<byte[]> ok = Stations.updateInfo(Stations.client(true), true, "Bearer " + locked.key(), body);
        assertEquals(200, ok.statusCode());
        UpdateInfo answer = UpdateInfo.decode(ok.body());
        assertEquals("", answer.cupsUri(), "no target CUPS configured: the station stays");
        assertEquals(0, answer.cupsCred().length);
        assertArrayEquals(Stations.tokenBlob(locked.key()), answer.tcCred());
    }

    @Test
    void aStationWithoutCredentialsLearnsTheLnsButNoSecret() throws Exception {
        HttpResponse<byte[]> r = Stations.updateInfo(Stations.client(true), true, null,
                Stations.updateInfoBody(router(open), "", "", 0, 0));
        assertEquals(200, r.statusCode());
        UpdateInfo answer = UpdateInfo.decode(r.body());
        assertEquals(Stations.lnsUri(), answer.tcUri());
        assertEquals("", answer.cupsUri());
        assertEquals(0, answer.cupsCred().length);
        assertEquals(0, answer.tcCred().length);
    }

    @Test
    void theApiSetsAndReadsTheSecretsOnlyWithTheSecretsRights() throws Exception {
        String path = "/api/v3/gateways/" + open.id() + "?field_mask=lbs_lns_secret,target_cups_uri,target_cups_key";
        Api.Reply read = Api.get(path, admin);
        assertEquals(200, read.status(), read.toString());
        assertEquals(Stations.base64(open.key()), read.json().getJsonObject("lbs_lns_secret").getString("value"));
        assertEquals(Stations.base64(cupsKey), read.json().getJsonObject("target_cups_key").getString("value"));
        assertEquals(cupsUri, read.json().getString("target_cups_uri"));
        Api.Reply plain = Api.get("/api/v3/gateways/" + open.id(), admin);
        assertFalse(plain.json().containsKey("lbs_lns_secret"), "secrets only when a field mask names them");

        Api.Reply infoKey = Api.post("/api/v3/gateways/" + open.id() + "/api-keys", admin,
                Stations.json("{\"name\":\"info\",\"rights\":[\"RIGHT_GATEWAY_INFO\",\"RIGHT_GATEWAY_SETTINGS_BASIC\"]}"));
        assertEquals(200, infoKey.status(), infoKey.toString());
        String info = infoKey.json().getString("key");
        assertEquals(403, Api.get(path, info).status(), "reading a secret needs RIGHT_GATEWAY_READ_SECRETS");
        assertEquals(200, Api.get("/api/v3/gateways/" + open.id() + "?field_mask=target_cups_uri", info).status());
        Api.Reply write = Api.put("/api/v3/gateways/" + open.id(), info, Stations.json("{\"gateway\":{\"lbs_lns_secret\":{\"value\":\""
                + Stations.base64("x") + "\"}},\"field_mask\":{\"paths\":[\"lbs_lns_secret\"]}}"));
        assertEquals(403, write.status(), "writing a secret needs RIGHT_GATEWAY_WRITE_SECRETS");

        Api.Reply badUri = Api.put("/api/v3/gateways/" + other.id(), admin,
                Stations.json("{\"gateway\":{\"target_cups_uri\":\"ftp://x\"},\"field_mask\":{\"paths\":[\"target_cups_uri\"]}}"));
        assertEquals(400, badUri.status(), badUri.toString());
    }

    @Test
    void secretsAreStoredEncrypted() throws Exception {
        try (Connection db = TestServer.database();
             PreparedStatement st = db.prepareStatement("SELECT lbs_lns_secret, target_cups_key FROM gateways WHERE gateway_id = ?")) {
            st.setString(1, open.id());
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                String[] secrets = {open.key(), cupsKey};
                for (int c = 1; c <= 2; c++) {
                    String stored = rs.getString(c);
                    assertNotNull(stored);
                    assertTrue(stored.startsWith("gcm1:"), "sealed");
                    String secret = secrets[c - 1];
                    assertFalse(stored.contains(secret.substring(secret.lastIndexOf('.') + 1)), "no plaintext in the column");
                    assertFalse(stored.contains(Stations.base64(secret)), "no base64 of the plaintext in the column");
                }
            }
        }
    }

    @Test
    void noSecretInTheLogs() throws Exception {
        // refusals are where secrets tend to end up in logs
        Stations.updateInfo(Stations.client(true), true, "Bearer " + open.key() + "X", Stations.updateInfoBody(router(open), "", "", 0, 0));
        java.nio.file.Path logs = java.nio.file.Path.of(System.getProperty("lw.it.server.dir", "target/liberty/wlp/usr/servers/longwave"), "logs");
        try (var files = java.nio.file.Files.list(logs)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                String log = java.nio.file.Files.readString(file);
                for (String secret : new String[] {open.key(), cupsKey}) {
                    assertFalse(log.contains(secret.substring(secret.lastIndexOf('.') + 1)), file.getFileName() + " holds a gateway key");
                    assertFalse(log.contains(Stations.base64(secret)), file.getFileName() + " holds a gateway secret");
                }
            }
        }
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
