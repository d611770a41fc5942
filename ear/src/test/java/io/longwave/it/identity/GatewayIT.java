package io.longwave.it.identity;

import static io.longwave.it.identity.OrganizationIT.assertStatus;
import static io.longwave.it.identity.OrganizationIT.body;
import static io.longwave.it.identity.OrganizationIT.collaborator;
import static io.longwave.it.identity.OrganizationIT.ids;
import static io.longwave.it.identity.OrganizationIT.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import io.longwave.it.identity.OrganizationIT.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gateways over HTTPS: EUIs, frequency plans, antenna locations and who sees them, lists, lifecycle, rights. */
class GatewayIT {

    static String randomEui() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    static String createGateway(User owner) {
        String id = Api.uniqueId("gw");
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(),
                body("gateway", id, "\"frequency_plan_ids\":[\"EU_863_870\"]")));
        return id;
    }

    private static final String LOCATION = "\"antennas\":[{\"location\":{\"latitude\":52.37,\"longitude\":4.89,"
            + "\"altitude\":10,\"accuracy\":3,\"source\":\"SOURCE_REGISTRY\"}}]";

    @Test
    void lifecycle() {
        User owner = User.create("gw-owner");
        String id = Api.uniqueId("gw");
        String eui = randomEui();
        Reply created = Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(), OrganizationIT.json(
                "{\"gateway\":{\"ids\":{\"gateway_id\":\"" + id + "\",\"eui\":\"" + eui + "\"},\"name\":\"Roof\","
                        + "\"frequency_plan_ids\":[\"EU_863_870\",\"EU_863_870_TTN\"],\"gateway_server_address\":\"gs.example.com:1700\","
                        + LOCATION + "}}"));
        assertStatus(200, created);
        JsonObject g = created.json();
        assertEquals(eui.toUpperCase(Locale.ROOT), g.getJsonObject("ids").getString("eui"));
        assertEquals("EU_863_870", g.getString("frequency_plan_id"));
        assertEquals(2, g.getJsonArray("frequency_plan_ids").size());
        assertTrue(g.getBoolean("enforce_duty_cycle"));
        assertFalse(g.getBoolean("require_authenticated_connection"));
        assertEquals(52.37, g.getJsonArray("antennas").getJsonObject(0).getJsonObject("location").getJsonNumber("latitude").doubleValue());

        Reply masked = Api.get("/api/v3/gateways/" + id + "?field_mask=frequency_plan_ids", owner.token());
        assertStatus(200, masked);
        assertTrue(masked.json().containsKey("frequency_plan_ids"));
        assertFalse(masked.json().containsKey("name"));
        assertEquals(eui.toUpperCase(Locale.ROOT), masked.json().getJsonObject("ids").getString("eui"));

        // The legacy single plan replaces the list.
        assertStatus(200, Api.put("/api/v3/gateways/" + id, owner.token(), update("gateway",
                "\"frequency_plan_id\":\"EU_863_870_TTN\",\"enforce_duty_cycle\":false,\"name\":\"ignored\"",
                "frequency_plan_id", "enforce_duty_cycle")));
        Reply read = Api.get("/api/v3/gateways/" + id, owner.token());
        assertEquals("EU_863_870_TTN", read.json().getString("frequency_plan_id"));
        assertEquals(1, read.json().getJsonArray("frequency_plan_ids").size());
        assertFalse(read.json().getBoolean("enforce_duty_cycle"));
        assertEquals("Roof", read.json().getString("name"));

        assertStatus(200, Api.delete("/api/v3/gateways/" + id, owner.token()));
        assertStatus(404, Api.get("/api/v3/gateways/" + id, owner.token()));
        // A deleted gateway keeps its ID and EUI until purged.
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(), body("gateway", id, "")));
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(), OrganizationIT.json(
                "{\"gateway\":{\"ids\":{\"gateway_id\":\"" + Api.uniqueId("gw") + "\",\"eui\":\"" + eui + "\"}}}")));
        assertStatus(200, Api.post("/api/v3/gateways/" + id + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        assertStatus(200, Api.get("/api/v3/gateways/" + id, owner.token()));
        assertStatus(403, Api.delete("/api/v3/gateways/" + id + "/purge", owner.token()));
        assertStatus(200, Api.delete("/api/v3/gateways/" + id + "/purge", Api.admin()));
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(), OrganizationIT.json(
                "{\"gateway\":{\"ids\":{\"gateway_id\":\"" + id + "\",\"eui\":\"" + eui.toUpperCase(Locale.ROOT) + "\"}}}")));
    }

    @Test
    void locationOnlyForThoseWhoMayReadIt() {
        User owner = User.create("gw-owner");
        User reader = User.create("gw-reader");
        String id = Api.uniqueId("gw");
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/gateways", owner.token(), body("gateway", id, LOCATION)));
        collaborator(owner.token(), "/api/v3/gateways/" + id, reader.id(), "RIGHT_GATEWAY_INFO");

        assertTrue(Api.get("/api/v3/gateways/" + id, owner.token()).json().getJsonArray("antennas").getJsonObject(0).containsKey("location"));
        assertFalse(Api.get("/api/v3/gateways/" + id, reader.token()).json().getJsonArray("antennas").getJsonObject(0).containsKey("location"));
        Reply list = Api.get("/api/v3/gateways", reader.token());
        assertFalse(list.body().contains("latitude"), list.toString());

        collaborator(owner.token(), "/api/v3/gateways/" + id, reader.id(), "RIGHT_GATEWAY_INFO", "RIGHT_GATEWAY_LOCATION_READ");
        assertTrue(Api.get("/api/v3/gateways/" + id, reader.token()).json().getJsonArray("antennas").getJsonObject(0).containsKey("location"));

        collaborator(owner.token(), "/api/v3/gateways/" + id, reader.id(), "RIGHT_GATEWAY_INFO");
        assertStatus(200, Api.put("/api/v3/gateways/" + id, owner.token(), update("gateway", "\"location_public\":true", "location_public")));
        assertTrue(Api.get("/api/v3/gateways/" + id, reader.token()).json().getJsonArray("antennas").getJsonObject(0).containsKey("location"));
    }

    @Test
    void listsPageAndOrder() {
        User owner = User.create("gw-lister");
        String org = OrganizationIT.createOrganization(owner);
        List<String> created = new ArrayList<>(List.of(createGateway(owner), createGateway(owner)));
        String orgGateway = Api.uniqueId("gw");
        assertStatus(200, Api.post("/api/v3/organizations/" + org + "/gateways", owner.token(), body("gateway", orgGateway, "")));
        Reply ofUser = Api.get("/api/v3/users/" + owner.id() + "/gateways?order=-gateway_id", owner.token());
        assertEquals("2", ofUser.header("X-Total-Count"));
        created.sort(null);
        assertEquals(List.of(created.get(1), created.get(0)), ids(ofUser, "gateways", "gateway_id"));
        assertEquals(List.of(orgGateway), ids(Api.get("/api/v3/organizations/" + org + "/gateways", owner.token()), "gateways", "gateway_id"));
        Reply all = Api.get("/api/v3/gateways?limit=2&page=2", owner.token());
        assertEquals("3", all.header("X-Total-Count"));
        assertEquals(1, all.json().getJsonArray("gateways").size());
    }

    @Test
    void rightsDecideWhatCallersSeeAndDo() {
        User owner = User.create("gw-owner");
        User reader = User.create("gw-reader");
        User stranger = User.create("gw-stranger");
        String id = createGateway(owner);
        collaborator(owner.token(), "/api/v3/gateways/" + id, reader.id(), "RIGHT_GATEWAY_INFO");
        assertStatus(404, Api.get("/api/v3/gateways/" + id, stranger.token()));
        assertStatus(404, Api.put("/api/v3/gateways/" + id, stranger.token(), update("gateway", "\"name\":\"x\"", "name")));
        assertStatus(404, Api.delete("/api/v3/gateways/" + id, stranger.token()));
        assertStatus(200, Api.get("/api/v3/gateways/" + id, reader.token()));
        assertStatus(403, Api.put("/api/v3/gateways/" + id, reader.token(), update("gateway", "\"name\":\"x\"", "name")));
        assertStatus(403, Api.delete("/api/v3/gateways/" + id, reader.token()));
    }

    @Test
    void badRequests() {
        User owner = User.create("gw-bad");
        String id = createGateway(owner);
        String create = "/api/v3/users/" + owner.id() + "/gateways";
        assertStatus(400, Api.post(create, owner.token(), body("gateway", Api.uniqueId("gw"), "\"frequency_plan_ids\":[\"MARS_1\"]")));
        assertStatus(400, Api.post(create, owner.token(), body("gateway", Api.uniqueId("gw"), "\"frequency_plan_id\":\"MARS_1\"")));
        assertStatus(400, Api.post(create, owner.token(), body("gateway", Api.uniqueId("gw"),
                "\"antennas\":[{\"location\":{\"latitude\":95,\"longitude\":0}}]")));
        assertStatus(400, Api.post(create, owner.token(), OrganizationIT.json(
                "{\"gateway\":{\"ids\":{\"gateway_id\":\"" + Api.uniqueId("gw") + "\",\"eui\":\"XYZ\"}}}")));
        assertStatus(400, Api.get("/api/v3/gateways/" + id + "?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.put("/api/v3/gateways/" + id, owner.token(), update("gateway", "\"name\":\"x\"", "nonsense")));
        assertStatus(400, Api.put("/api/v3/gateways/" + id, owner.token(), update("gateway",
                "\"antennas\":[{\"location\":{\"latitude\":0,\"longitude\":-181}}]", "antennas")));
        assertStatus(400, Api.raw("POST", create, owner.token(), "application/json", "{\"gateway\""));
        assertStatus(409, Api.post(create, owner.token(), body("gateway", id, "")));
    }
}
