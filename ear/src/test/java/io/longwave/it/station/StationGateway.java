package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import io.longwave.it.network.Network;
import jakarta.json.JsonObject;

/** A gateway registered for Basics Station traffic, with an API key holding RIGHT_GATEWAY_LINK. */
record StationGateway(String id, String eui, String key) {

    String bearer() {
        return "Bearer " + key;
    }

    static StationGateway register(String token, boolean requireAuthentication, boolean enforceDutyCycle) throws Exception {
        String id = Api.uniqueId("gw");
        String eui = Network.randomHex(16);
        Network.expect(200, Api.post("/api/v3/users/admin/gateways", token, Network.json("{\"gateway\":{\"ids\":{\"gateway_id\":\""
                + id + "\",\"eui\":\"" + eui + "\"},\"frequency_plan_ids\":[\"" + Network.PLAN + "\"],"
                + "\"require_authenticated_connection\":" + requireAuthentication + ",\"enforce_duty_cycle\":" + enforceDutyCycle + "}}")));
        Api.Reply key = Api.post("/api/v3/gateways/" + id + "/api-keys", token,
                Network.json("{\"name\":\"station\",\"rights\":[\"RIGHT_GATEWAY_LINK\"]}"));
        assertEquals(200, key.status(), key.toString());
        StationGateway g = new StationGateway(id, eui, key.json().getString("key"));
        // the registry reaches the Gateway Server through Redis after commit
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject r = RouterInfoIT.discover(true, g.bearer(), "\"" + eui + "\"");
            if (r.containsKey("uri")) {
                return g;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("gateway " + eui + " never became discoverable");
    }
}
