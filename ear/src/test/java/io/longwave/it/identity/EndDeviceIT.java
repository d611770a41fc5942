package io.longwave.it.identity;

import static io.longwave.it.identity.OrganizationIT.assertStatus;
import static io.longwave.it.identity.OrganizationIT.body;
import static io.longwave.it.identity.OrganizationIT.collaborator;
import static io.longwave.it.identity.OrganizationIT.json;
import static io.longwave.it.identity.OrganizationIT.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import io.longwave.it.identity.OrganizationIT.User;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** End devices in the Identity Server over HTTPS: registration, EUI uniqueness, lists, updates, deletion, rights. */
class EndDeviceIT {

    static JsonObject device(String deviceId, String devEui, String joinEui, String extra) {
        return json("{\"end_device\":{\"ids\":{\"device_id\":\"" + deviceId + "\",\"dev_eui\":\"" + devEui
                + "\",\"join_eui\":\"" + joinEui + "\"}" + (extra.isEmpty() ? "" : "," + extra) + "}}");
    }

    static List<String> deviceIds(Reply r) {
        return r.json().getJsonArray("end_devices").stream()
                .map(v -> v.asJsonObject().getJsonObject("ids").getString("device_id")).toList();
    }

    @Test
    void lifecycle() {
        User owner = User.create("dev-owner");
        String app = ApplicationIT.createApplication(owner);
        String devices = "/api/v3/applications/" + app + "/devices";
        String devEui = GatewayIT.randomEui();
        String joinEui = GatewayIT.randomEui();
        Reply created = Api.post(devices, owner.token(), device("dev-1", devEui, joinEui,
                "\"name\":\"Meter 1\",\"version_ids\":{\"brand_id\":\"acme\",\"model_id\":\"m1\"},\"attributes\":{\"floor\":\"2\"}"));
        assertStatus(200, created);
        JsonObject ids = created.json().getJsonObject("ids");
        assertEquals(devEui.toUpperCase(Locale.ROOT), ids.getString("dev_eui"));
        assertEquals(app, ids.getJsonObject("application_ids").getString("application_id"));
        assertEquals("acme", created.json().getJsonObject("version_ids").getString("brand_id"));

        assertStatus(200, Api.post(devices, owner.token(), device("dev-2", GatewayIT.randomEui(), joinEui, "")));
        assertStatus(200, Api.post(devices, owner.token(), device("dev-3", GatewayIT.randomEui(), joinEui, "")));
        Reply list = Api.get(devices + "?order=-device_id&limit=2", owner.token());
        assertStatus(200, list);
        assertEquals("3", list.header("X-Total-Count"));
        assertEquals(List.of("dev-3", "dev-2"), deviceIds(list));
        assertEquals(List.of("dev-3"), deviceIds(Api.get(devices + "?limit=2&page=2", owner.token())));

        Reply masked = Api.get(devices + "/dev-1?field_mask=name", owner.token());
        assertEquals("Meter 1", masked.json().getString("name"));
        assertFalse(masked.json().containsKey("version_ids"));
        assertTrue(masked.json().containsKey("ids"));

        assertStatus(200, Api.put(devices + "/dev-1", owner.token(), update("end_device",
                "\"description\":\"in the basement\",\"join_server_address\":\"js.example.com\",\"name\":\"ignored\"",
                "description", "join_server_address")));
        Reply read = Api.get(devices + "/dev-1", owner.token());
        assertEquals("in the basement", read.json().getString("description"));
        assertEquals("js.example.com", read.json().getString("join_server_address"));
        assertEquals("Meter 1", read.json().getString("name"));

        assertStatus(200, Api.delete(devices + "/dev-1", owner.token()));
        assertStatus(404, Api.get(devices + "/dev-1", owner.token()));
        // Deleting is for good: the EUIs are free at once.
        assertStatus(200, Api.post(devices, owner.token(), device("dev-1", devEui, joinEui, "")));
    }

    @Test
    void idsAndEuisAreUnique() {
        User owner = User.create("dev-uniq");
        String app = ApplicationIT.createApplication(owner);
        String other = ApplicationIT.createApplication(owner);
        String devEui = GatewayIT.randomEui();
        String joinEui = GatewayIT.randomEui();
        assertStatus(200, Api.post("/api/v3/applications/" + app + "/devices", owner.token(), device("one", devEui, joinEui, "")));
        assertStatus(409, Api.post("/api/v3/applications/" + app + "/devices", owner.token(),
                device("one", GatewayIT.randomEui(), joinEui, "")));
        assertStatus(409, Api.post("/api/v3/applications/" + other + "/devices", owner.token(),
                device("two", devEui.toUpperCase(Locale.ROOT), joinEui, "")));
        // Same device ID in another application is fine.
        assertStatus(200, Api.post("/api/v3/applications/" + other + "/devices", owner.token(),
                device("one", GatewayIT.randomEui(), joinEui, "")));
    }

    @Test
    void purgingTheApplicationRemovesItsDevices() {
        User owner = User.create("dev-purge");
        String app = ApplicationIT.createApplication(owner);
        String devEui = GatewayIT.randomEui();
        String joinEui = GatewayIT.randomEui();
        assertStatus(200, Api.post("/api/v3/applications/" + app + "/devices", owner.token(), device("gone", devEui, joinEui, "")));
        assertStatus(200, Api.delete("/api/v3/applications/" + app + "/purge", Api.admin()));
        String next = ApplicationIT.createApplication(owner);
        assertStatus(200, Api.post("/api/v3/applications/" + next + "/devices", owner.token(), device("back", devEui, joinEui, "")));
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(), body("application", app, "")));
        assertEquals("0", Api.get("/api/v3/applications/" + app + "/devices", owner.token()).header("X-Total-Count"));
    }

    @Test
    void rightsDecideWhatCallersSeeAndDo() {
        User owner = User.create("dev-owner");
        User info = User.create("dev-info");
        User reader = User.create("dev-reader");
        User stranger = User.create("dev-stranger");
        String app = ApplicationIT.createApplication(owner);
        String devices = "/api/v3/applications/" + app + "/devices";
        assertStatus(200, Api.post(devices, owner.token(), device("d1", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        collaborator(owner.token(), "/api/v3/applications/" + app, info.id(), "RIGHT_APPLICATION_INFO");
        collaborator(owner.token(), "/api/v3/applications/" + app, reader.id(), "RIGHT_APPLICATION_INFO", "RIGHT_APPLICATION_DEVICES_READ");

        assertStatus(404, Api.get(devices, stranger.token()));
        assertStatus(404, Api.get(devices + "/d1", stranger.token()));
        assertStatus(404, Api.delete(devices + "/d1", stranger.token()));
        assertStatus(403, Api.get(devices, info.token()));
        assertStatus(403, Api.get(devices + "/d1", info.token()));
        assertStatus(200, Api.get(devices + "/d1", reader.token()));
        assertStatus(403, Api.put(devices + "/d1", reader.token(), update("end_device", "\"name\":\"x\"", "name")));
        assertStatus(403, Api.delete(devices + "/d1", reader.token()));
        assertStatus(403, Api.post(devices, reader.token(), device("d2", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
    }

    @Test
    void badRequests() {
        User owner = User.create("dev-bad");
        String app = ApplicationIT.createApplication(owner);
        String devices = "/api/v3/applications/" + app + "/devices";
        assertStatus(200, Api.post(devices, owner.token(), device("d1", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        assertStatus(400, Api.post(devices, owner.token(), device("d2", "123", GatewayIT.randomEui(), "")));
        assertStatus(400, Api.post(devices, owner.token(), device("D_2", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        assertStatus(400, Api.post(devices, owner.token(), device("d3", GatewayIT.randomEui(), GatewayIT.randomEui(),
                "\"version_ids\":{\"brand\":\"x\"}")));
        assertStatus(400, Api.get(devices + "/d1?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.get(devices + "?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.put(devices + "/d1", owner.token(), update("end_device", "\"name\":\"x\"", "nonsense")));
        assertStatus(400, Api.raw("POST", devices, owner.token(), "application/json", "{\"end_device\":"));
        assertStatus(404, Api.get(devices + "/missing", owner.token()));
    }
}
