package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.rights.Right;
import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rights matrix: for every entity endpoint, a caller holding the needed rights gets 2xx, a caller
 * that sees the entity but lacks one of them gets 403, and a caller without any right on it gets 404.
 * Callers are API keys of the entity's owner with chosen rights, so one owner serves every row.
 */
class RightsMatrixIT {

    /** One endpoint: method, path with {u} {o} {a} {g} {d} {k} placeholders, body (or null), the rights it needs. */
    record Row(String method, String path, String body, List<Right> needs) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Row row(String method, String path, String body, Right... needs) {
        return new Row(method, path, body, List.of(needs));
    }

    static Stream<Arguments> endpoints() {
        String mask = "\"field_mask\":{\"paths\":[\"name\"]}";
        return Stream.of(
                row("GET", "/api/v3/users/{u}", null, Right.RIGHT_USER_INFO),
                row("PUT", "/api/v3/users/{u}", "{\"user\":{\"name\":\"n\"}," + mask + "}", Right.RIGHT_USER_SETTINGS_BASIC),
                row("DELETE", "/api/v3/users/{u}", null, Right.RIGHT_USER_DELETE),
                row("GET", "/api/v3/users/{u}/api-keys", null, Right.RIGHT_USER_SETTINGS_API_KEYS),
                row("POST", "/api/v3/users/{u}/api-keys", "{\"name\":\"x\",\"rights\":[\"RIGHT_USER_SETTINGS_API_KEYS\"]}",
                        Right.RIGHT_USER_SETTINGS_API_KEYS),
                row("GET", "/api/v3/users/{u}/api-keys/{k}", null, Right.RIGHT_USER_SETTINGS_API_KEYS),
                row("DELETE", "/api/v3/users/{u}/api-keys/{k}", null, Right.RIGHT_USER_SETTINGS_API_KEYS),
                row("POST", "/api/v3/users/{u}/applications", "{\"application\":{\"ids\":{\"application_id\":\"{new}\"}}}",
                        Right.RIGHT_USER_APPLICATIONS_CREATE),
                row("POST", "/api/v3/users/{u}/gateways", "{\"gateway\":{\"ids\":{\"gateway_id\":\"{new}\",\"eui\":\"{eui}\"},"
                        + "\"frequency_plan_ids\":[\"EU_863_870\"]}}", Right.RIGHT_USER_GATEWAYS_CREATE),
                row("POST", "/api/v3/users/{u}/organizations", "{\"organization\":{\"ids\":{\"organization_id\":\"{new}\"}}}",
                        Right.RIGHT_USER_ORGANIZATIONS_CREATE),
                row("GET", "/api/v3/users/{u}/applications", null, Right.RIGHT_USER_APPLICATIONS_LIST),
                row("GET", "/api/v3/users/{u}/gateways", null, Right.RIGHT_USER_GATEWAYS_LIST),
                row("GET", "/api/v3/users/{u}/organizations", null, Right.RIGHT_USER_ORGANIZATIONS_LIST),

                row("GET", "/api/v3/organizations/{o}", null, Right.RIGHT_ORGANIZATION_INFO),
                row("PUT", "/api/v3/organizations/{o}", "{\"organization\":{\"name\":\"n\"}," + mask + "}",
                        Right.RIGHT_ORGANIZATION_SETTINGS_BASIC),
                row("DELETE", "/api/v3/organizations/{o}", null, Right.RIGHT_ORGANIZATION_DELETE),
                row("GET", "/api/v3/organizations/{o}/api-keys", null, Right.RIGHT_ORGANIZATION_SETTINGS_API_KEYS),
                row("POST", "/api/v3/organizations/{o}/api-keys", "{\"name\":\"x\",\"rights\":[\"RIGHT_ORGANIZATION_INFO\"]}",
                        Right.RIGHT_ORGANIZATION_SETTINGS_API_KEYS, Right.RIGHT_ORGANIZATION_INFO),
                row("GET", "/api/v3/organizations/{o}/collaborators", null, Right.RIGHT_ORGANIZATION_INFO),
                row("PUT", "/api/v3/organizations/{o}/collaborators", "{\"collaborator\":{\"ids\":{\"user_ids\":{\"user_id\":\"{peer}\"}},"
                        + "\"rights\":[\"RIGHT_ORGANIZATION_INFO\"]}}", Right.RIGHT_ORGANIZATION_SETTINGS_MEMBERS, Right.RIGHT_ORGANIZATION_INFO),
                row("POST", "/api/v3/organizations/{o}/applications", "{\"application\":{\"ids\":{\"application_id\":\"{new}\"}}}",
                        Right.RIGHT_ORGANIZATION_APPLICATIONS_CREATE),
                row("GET", "/api/v3/organizations/{o}/applications", null, Right.RIGHT_ORGANIZATION_APPLICATIONS_LIST),

                row("GET", "/api/v3/applications/{a}", null, Right.RIGHT_APPLICATION_INFO),
                row("PUT", "/api/v3/applications/{a}", "{\"application\":{\"name\":\"n\"}," + mask + "}",
                        Right.RIGHT_APPLICATION_SETTINGS_BASIC),
                row("DELETE", "/api/v3/applications/{a}", null, Right.RIGHT_APPLICATION_DELETE),
                row("GET", "/api/v3/applications/{a}/api-keys", null, Right.RIGHT_APPLICATION_SETTINGS_API_KEYS),
                row("POST", "/api/v3/applications/{a}/api-keys", "{\"name\":\"x\",\"rights\":[\"RIGHT_APPLICATION_TRAFFIC_READ\"]}",
                        Right.RIGHT_APPLICATION_SETTINGS_API_KEYS, Right.RIGHT_APPLICATION_TRAFFIC_READ),
                row("GET", "/api/v3/applications/{a}/collaborators", null, Right.RIGHT_APPLICATION_INFO),
                row("GET", "/api/v3/applications/{a}/collaborator/user/{u}", null, Right.RIGHT_APPLICATION_INFO),
                row("PUT", "/api/v3/applications/{a}/collaborators", "{\"collaborator\":{\"ids\":{\"user_ids\":{\"user_id\":\"{peer}\"}},"
                        + "\"rights\":[\"RIGHT_APPLICATION_INFO\"]}}", Right.RIGHT_APPLICATION_SETTINGS_COLLABORATORS, Right.RIGHT_APPLICATION_INFO),
                row("GET", "/api/v3/applications/{a}/devices", null, Right.RIGHT_APPLICATION_DEVICES_READ),
                row("POST", "/api/v3/applications/{a}/devices", "{\"end_device\":{\"ids\":{\"device_id\":\"{new}\","
                        + "\"application_ids\":{\"application_id\":\"{a}\"},\"dev_eui\":\"{eui}\",\"join_eui\":\"0000000000000000\"}}}",
                        Right.RIGHT_APPLICATION_DEVICES_WRITE),
                row("GET", "/api/v3/applications/{a}/devices/{d}", null, Right.RIGHT_APPLICATION_DEVICES_READ),
                row("PUT", "/api/v3/applications/{a}/devices/{d}", "{\"end_device\":{\"name\":\"n\"}," + mask + "}",
                        Right.RIGHT_APPLICATION_DEVICES_WRITE),
                row("DELETE", "/api/v3/applications/{a}/devices/{d}", null, Right.RIGHT_APPLICATION_DEVICES_WRITE),

                row("GET", "/api/v3/gateways/{g}", null, Right.RIGHT_GATEWAY_INFO),
                row("PUT", "/api/v3/gateways/{g}", "{\"gateway\":{\"name\":\"n\"}," + mask + "}", Right.RIGHT_GATEWAY_SETTINGS_BASIC),
                row("DELETE", "/api/v3/gateways/{g}", null, Right.RIGHT_GATEWAY_DELETE),
                row("GET", "/api/v3/gateways/{g}/api-keys", null, Right.RIGHT_GATEWAY_SETTINGS_API_KEYS),
                row("POST", "/api/v3/gateways/{g}/api-keys", "{\"name\":\"x\",\"rights\":[\"RIGHT_GATEWAY_LINK\"]}",
                        Right.RIGHT_GATEWAY_SETTINGS_API_KEYS, Right.RIGHT_GATEWAY_LINK),
                row("GET", "/api/v3/gateways/{g}/collaborators", null, Right.RIGHT_GATEWAY_INFO),
                row("PUT", "/api/v3/gateways/{g}/collaborators", "{\"collaborator\":{\"ids\":{\"user_ids\":{\"user_id\":\"{peer}\"}},"
                        + "\"rights\":[\"RIGHT_GATEWAY_INFO\"]}}", Right.RIGHT_GATEWAY_SETTINGS_COLLABORATORS, Right.RIGHT_GATEWAY_INFO))
                .map(Arguments::of);
    }

    /** A world per row: an owner with an organization, an application with a device, a gateway; a peer user; a stranger. */
    record World(String owner, String ownerToken, String org, String app, String gateway, String device, String keyId,
                 String peer, String strangerToken) {

        String fill(String template) {
            return template.replace("{u}", owner).replace("{o}", org).replace("{a}", app).replace("{g}", gateway)
                    .replace("{d}", device).replace("{k}", keyId).replace("{peer}", peer)
                    .replace("{new}", Api.uniqueId("new")).replace("{eui}", randomEui());
        }

        String key(Set<Right> rights) {
            JsonArrayBuilder names = Json.createArrayBuilder();
            rights.forEach(r -> names.add(r.name()));
            Api.Reply r = Api.post("/api/v3/users/" + owner + "/api-keys", ownerToken,
                    Json.createObjectBuilder().add("name", "matrix").add("rights", names).build());
            assertEquals(200, r.status(), r.body());
            return r.json().getString("key");
        }
    }

    static World world() {
        String owner = Api.uniqueId("owner");
        String token = Api.newUser(owner);
        String org = created(Api.post("/api/v3/users/" + owner + "/organizations", token,
                json("{\"organization\":{\"ids\":{\"organization_id\":\"" + Api.uniqueId("org") + "\"}}}")), "organization_id");
        String app = created(Api.post("/api/v3/users/" + owner + "/applications", token,
                json("{\"application\":{\"ids\":{\"application_id\":\"" + Api.uniqueId("app") + "\"}}}")), "application_id");
        String gateway = created(Api.post("/api/v3/users/" + owner + "/gateways", token,
                json("{\"gateway\":{\"ids\":{\"gateway_id\":\"" + Api.uniqueId("gw") + "\",\"eui\":\"" + randomEui()
                        + "\"},\"frequency_plan_ids\":[\"EU_863_870\"]}}")), "gateway_id");
        String device = created(Api.post("/api/v3/applications/" + app + "/devices", token,
                json("{\"end_device\":{\"ids\":{\"device_id\":\"" + Api.uniqueId("dev") + "\",\"application_ids\":{\"application_id\":\""
                        + app + "\"},\"dev_eui\":\"" + randomEui() + "\",\"join_eui\":\"0000000000000000\"}}}")), "device_id");
        String keyId = Api.post("/api/v3/users/" + owner + "/api-keys", token,
                json("{\"name\":\"victim\",\"rights\":[\"RIGHT_USER_INFO\"]}")).json().getString("id");
        String peer = Api.uniqueId("peer");
        Api.newUser(peer);
        String stranger = Api.newUser(Api.uniqueId("stranger"));
        return new World(owner, token, org, app, gateway, device, keyId, peer, stranger);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachEndpointChecksItsRights(Row row) {
        World w = world();
        String path = w.fill(row.path());

        Api.Reply stranger = call(row, path, w.strangerToken(), w);
        assertEquals(404, stranger.status(), "stranger: " + stranger.body());
        assertEquals(401, call(row, path, null, w).status(), "anonymous");

        Set<Right> allButOne = Right.expand(EnumSet.of(Right.RIGHT_ALL));
        allButOne.removeIf(r -> r.isAggregate() || r == row.needs().get(0));
        Api.Reply lacking = call(row, path, w.key(allButOne), w);
        assertEquals(403, lacking.status(), "without " + row.needs().get(0) + ": " + lacking.body());

        Api.Reply granted = call(row, path, w.key(EnumSet.copyOf(row.needs())), w);
        assertTrue(granted.status() >= 200 && granted.status() < 300, "with " + row.needs() + ": " + granted);
    }

    private static Api.Reply call(Row row, String path, String bearer, World w) {
        return Api.call(row.method(), path, bearer, row.body() == null ? null : json(w.fill(row.body())));
    }

    private static String created(Api.Reply r, String idField) {
        assertEquals(200, r.status(), r.body());
        JsonObject ids = r.json().getJsonObject("ids");
        return ids.getString(idField);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String randomEui() {
        byte[] b = new byte[8];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] = (byte) 0x70;
        return HexFormat.of().withUpperCase().formatHex(b);
    }

}
