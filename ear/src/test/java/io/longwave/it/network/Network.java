package io.longwave.it.network;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Locale;
import java.util.UUID;

/** Registrations the traffic tests need, through the same API a user would call. */
public final class Network {

    public static final String PLAN = "EU_863_870_TTN";

    private Network() {
    }

    public static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    public static String randomHex(int digits) {
        StringBuilder b = new StringBuilder();
        while (b.length() < digits) {
            b.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return b.substring(0, digits).toUpperCase(Locale.ROOT);
    }

    public static String application(String token) {
        String id = Api.uniqueId("app");
        expect(200, Api.post("/api/v3/users/admin/applications", token,
                json("{\"application\":{\"ids\":{\"application_id\":\"" + id + "\"}}}")));
        return id;
    }

    /** Registers a gateway with a random EUI and returns a connected test gateway. */
    public static TestGateway gateway(String token) throws Exception {
        return gateway(token, true);
    }

    /** As {@link #gateway(String)}, with {@code enforce_duty_cycle} as given (the registry's default is true). */
    public static TestGateway gateway(String token, boolean enforceDutyCycle) throws Exception {
        String eui = randomHex(16);
        expect(200, Api.post("/api/v3/users/admin/gateways", token, json("{\"gateway\":{\"ids\":{\"gateway_id\":\""
                + Api.uniqueId("gw") + "\",\"eui\":\"" + eui + "\"},\"frequency_plan_ids\":[\"" + PLAN
                + "\"],\"enforce_duty_cycle\":" + enforceDutyCycle + "}}")));
        TestGateway g = new TestGateway(eui);
        // the registry reaches the Gateway Server through Redis after commit; PULL_ACK proves it is there
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (g.awaitAck(0x04, g.pullData(), 500)) {
                return g;
            }
        }
        throw new AssertionError("gateway " + eui + " never got a PULL_ACK");
    }

    /** An ABP LoRaWAN 1.0.3 device registered in the Network and Application Servers. */
    public static TestDevice abpDevice(String token, String app, String deviceId, boolean classC) throws Exception {
        String addr = "26" + randomHex(6);
        String nwk = randomHex(32);
        String aps = randomHex(32);
        String ids = "\"ids\":{\"device_id\":\"" + deviceId + "\",\"application_ids\":{\"application_id\":\"" + app
                + "\"},\"dev_eui\":\"" + randomHex(16) + "\",\"join_eui\":\"0000000000000000\",\"dev_addr\":\"" + addr + "\"}";
        expect(200, Api.put("/api/v3/ns/applications/" + app + "/devices/" + deviceId, token, json("{\"end_device\":{" + ids
                + ",\"lorawan_version\":\"MAC_V1_0_3\",\"lorawan_phy_version\":\"PHY_V1_0_3_REV_A\",\"frequency_plan_id\":\""
                + PLAN + "\",\"supports_join\":false,\"supports_class_c\":" + classC + ",\"session\":{\"dev_addr\":\"" + addr
                + "\",\"keys\":{\"f_nwk_s_int_key\":{\"key\":\"" + nwk + "\"}}}}}")));
        expect(200, Api.put("/api/v3/as/applications/" + app + "/devices/" + deviceId, token, json("{\"end_device\":{" + ids
                + ",\"session\":{\"dev_addr\":\"" + addr + "\",\"keys\":{\"app_s_key\":{\"key\":\"" + aps + "\"}}},"
                + "\"formatters\":{\"up_formatter\":\"FORMATTER_CAYENNELPP\"}}}")));
        return TestDevice.abp((int) Long.parseLong(addr, 16), io.longwave.lorawan.crypto.AesKey.fromHex(nwk),
                io.longwave.lorawan.crypto.AesKey.fromHex(aps));
    }

    /** An OTAA device registered in the Network, Join and Application Servers; 1.1 gets a NwkKey too. */
    public static TestDevice.Joiner otaaDevice(String token, String app, String deviceId, String version) throws Exception {
        boolean v11 = version.equals("MAC_V1_1");
        String devEui = randomHex(16);
        String joinEui = randomHex(16);
        String appKey = randomHex(32);
        String nwkKey = randomHex(32);
        String ids = "\"ids\":{\"device_id\":\"" + deviceId + "\",\"application_ids\":{\"application_id\":\"" + app
                + "\"},\"dev_eui\":\"" + devEui + "\",\"join_eui\":\"" + joinEui + "\"}";
        expect(200, Api.put("/api/v3/ns/applications/" + app + "/devices/" + deviceId, token, json(
                "{\"end_device\":{" + ids + ",\"lorawan_version\":\"" + version + "\",\"lorawan_phy_version\":\"PHY_V1_0_3_REV_A\","
                        + "\"frequency_plan_id\":\"" + PLAN + "\",\"supports_join\":true}}")));
        expect(200, Api.put("/api/v3/js/applications/" + app + "/devices/" + deviceId, token, json(
                "{\"end_device\":{" + ids + ",\"root_keys\":{\"app_key\":{\"key\":\"" + appKey + "\"}"
                        + (v11 ? ",\"nwk_key\":{\"key\":\"" + nwkKey + "\"}" : "") + "}}}")));
        expect(200, Api.put("/api/v3/as/applications/" + app + "/devices/" + deviceId, token,
                json("{\"end_device\":{" + ids + "}}")));
        return new TestDevice.Joiner(Long.parseUnsignedLong(joinEui, 16), Long.parseUnsignedLong(devEui, 16),
                io.longwave.lorawan.crypto.AesKey.fromHex(appKey), io.longwave.lorawan.crypto.AesKey.fromHex(nwkKey), v11);
    }

    public static void expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
    }
}
