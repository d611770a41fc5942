package io.longwave.it.identity;

import static io.longwave.it.identity.OrganizationIT.assertStatus;
import static io.longwave.it.identity.OrganizationIT.body;
import static io.longwave.it.identity.OrganizationIT.collaborator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import io.longwave.it.api.ServerOptions;
import io.longwave.it.identity.OrganizationIT.User;
import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code is.user-rights.create-*}, {@code is.dev-eui-block.*} and {@code is.delete.restore} change what the API allows. */
class EntityOptionsIT {

    @Test
    void createSwitchesBindNonAdminsOnTheirOwnAccountOnly() {
        User user = User.create("no-create");
        String org = OrganizationIT.createOrganization(user);
        String admin = Api.admin();
        try (var o = ServerOptions.set(Map.of("is.user-rights.create-applications", "false",
                "is.user-rights.create-gateways", "false", "is.user-rights.create-organizations", "false",
                "is.user-rights.create-clients", "false"))) {
            String base = "/api/v3/users/" + user.id();
            assertStatus(403, Api.post(base + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
            assertStatus(403, Api.post(base + "/gateways", user.token(), body("gateway", Api.uniqueId("gw"), "")));
            assertStatus(403, Api.post(base + "/organizations", user.token(), body("organization", Api.uniqueId("org"), "")));
            assertStatus(403, Api.post(base + "/clients", user.token(), ClientIT.client(Api.uniqueId("client"))));
            // Where the user holds an organization's create rights, it still may.
            assertStatus(200, Api.post("/api/v3/organizations/" + org + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
            assertStatus(200, Api.post("/api/v3/organizations/" + org + "/gateways", user.token(), body("gateway", Api.uniqueId("gw"), "")));
            // Admins always may.
            assertStatus(200, Api.post("/api/v3/users/admin/applications", admin, body("application", Api.uniqueId("app"), "")));
            assertStatus(200, Api.post(base + "/gateways", admin, body("gateway", Api.uniqueId("gw"), "")));
        }
        assertStatus(200, Api.post("/api/v3/users/" + user.id() + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
    }

    @Test
    void devEuiBlockIssuesFromThePrefix() {
        User owner = User.create("dev-eui");
        User reader = User.create("dev-eui-reader");
        String app = ApplicationIT.createApplication(owner);
        String issue = "/api/v3/applications/" + app + "/dev-eui";
        collaborator(owner.token(), "/api/v3/applications/" + app, reader.id(), "RIGHT_APPLICATION_INFO", "RIGHT_APPLICATION_DEVICES_READ");
        Reply disabled = Api.post(issue, owner.token(), JsonValue.EMPTY_JSON_OBJECT);
        assertStatus(400, disabled);
        assertEquals(9, disabled.json().getInt("code"));

        try (var o = ServerOptions.set(Map.of("is.dev-eui-block.enabled", "true", "is.dev-eui-block.prefix", "70B3D57ED0000000/36",
                "is.dev-eui-block.application-limit", "2", "is.dev-eui-block.init-counter", "4096"))) {
            assertStatus(403, Api.post(issue, reader.token(), JsonValue.EMPTY_JSON_OBJECT));
            Reply first = Api.post(issue, owner.token(), JsonValue.EMPTY_JSON_OBJECT);
            assertStatus(200, first);
            String a = first.json().getString("dev_eui");
            String b = Api.post(issue, owner.token(), JsonValue.EMPTY_JSON_OBJECT).json().getString("dev_eui");
            assertEquals("70B3D57ED", a.substring(0, 9), a);
            assertEquals(Long.parseUnsignedLong(a, 16) + 1, Long.parseUnsignedLong(b, 16));
            org.junit.jupiter.api.Assertions.assertTrue(Long.parseUnsignedLong(a, 16) - 0x70B3D57ED0000000L >= 4096);
            assertStatus(429, Api.post(issue, owner.token(), JsonValue.EMPTY_JSON_OBJECT));
            assertEquals(2, Api.get("/api/v3/applications/" + app, owner.token()).json().getInt("dev_eui_counter"));
            // Another application draws from the same block, never the same EUI.
            String other = ApplicationIT.createApplication(owner);
            String c = Api.post("/api/v3/applications/" + other + "/dev-eui", owner.token(), JsonValue.EMPTY_JSON_OBJECT).json().getString("dev_eui");
            assertNotEquals(a, c);
            assertNotEquals(b, c);
        }
        try (var o = ServerOptions.set(Map.of("is.dev-eui-block.enabled", "true", "is.dev-eui-block.prefix", "70B3D57ED0000000/64"))) {
            String full = ApplicationIT.createApplication(owner);
            assertStatus(429, Api.post("/api/v3/applications/" + full + "/dev-eui", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        }
    }

    @Test
    void restoreWorksOnlyWithinTheWindow() throws InterruptedException {
        User owner = User.create("restore");
        String kept = ApplicationIT.createApplication(owner);
        assertStatus(200, Api.delete("/api/v3/applications/" + kept, owner.token()));
        assertStatus(200, Api.post("/api/v3/applications/" + kept + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        try (var o = ServerOptions.set(Map.of("is.delete.restore", "1s"))) {
            String org = OrganizationIT.createOrganization(owner);
            String gw = GatewayIT.createGateway(owner);
            assertStatus(200, Api.delete("/api/v3/organizations/" + org, owner.token()));
            assertStatus(200, Api.delete("/api/v3/gateways/" + gw, owner.token()));
            assertStatus(200, Api.delete("/api/v3/applications/" + kept, owner.token()));
            Thread.sleep(2_000);
            Reply late = Api.post("/api/v3/organizations/" + org + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT);
            assertStatus(400, late);
            assertEquals(9, late.json().getInt("code"));
            assertStatus(400, Api.post("/api/v3/gateways/" + gw + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
            assertStatus(400, Api.post("/api/v3/applications/" + kept + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        }
    }
}
