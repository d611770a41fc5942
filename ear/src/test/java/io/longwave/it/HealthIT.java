package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Readiness over HTTPS (the stack's own certificate, host name checked) covers PostgreSQL and Redis. */
class HealthIT {

    private static Map<String, String> checks(String body) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return json.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    @Test
    void readyIncludesDatabaseRedisAndStartup() throws Exception {
        HttpResponse<String> r = TestServer.get(TestServer.https("/health/ready"), Map.of());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> checks = checks(r.body());
        assertEquals("UP", checks.get("postgresql"), r.body());
        assertEquals("UP", checks.get("redis"), r.body());
        assertEquals("UP", checks.get("startup"), r.body());
    }

    @Test
    void liveReportsThreads() throws Exception {
        HttpResponse<String> r = TestServer.get(TestServer.https("/health/live"), Map.of());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("UP", checks(r.body()).get("threads"));
    }

    @Test
    void plainHttpListenerServesTheSameApplication() throws Exception {
        HttpResponse<String> r = TestServer.get("http://127.0.0.1:" + TestServer.port("LW_HTTP_PORT") + "/health/ready", Map.of());
        assertEquals(200, r.statusCode());
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> r = TestServer.get(TestServer.https("/openapi"), Map.of("Accept", "application/json"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Longwave API"), r.body());
    }

    @Test
    void metricsNeedTheMetricsPassword() throws Exception {
        assertEquals(401, TestServer.get(TestServer.https("/metrics"), Map.of()).statusCode());
        assertEquals(401, TestServer.get(TestServer.https("/metrics"),
                Map.of("Authorization", TestServer.metricsAuthorization("wrong"))).statusCode());
        assertEquals(200, TestServer.get(TestServer.https("/metrics"),
                Map.of("Authorization", TestServer.metricsAuthorization(TestServer.env("TTS_METRICS_PASSWORD")))).statusCode());
    }
}
