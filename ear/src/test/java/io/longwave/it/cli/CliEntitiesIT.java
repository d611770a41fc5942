package io.longwave.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lw cli organizations / applications / gateways / end-devices / collaborators against the server under test. */
class CliEntitiesIT {

    @TempDir
    Path home;

    private static void ok(Cli.Run run) {
        assertEquals(0, run.exit(), run::toString);
    }

    private static List<String> lines(Cli.Run run) {
        return List.of(run.out().split("\n"));
    }

    @Test
    void organizationWithMembersAndKeys() throws Exception {
        Cli admin = Cli.asAdmin(home);
        String org = Api.uniqueId("cli-org");
        String member = Api.uniqueId("cli-member");
        Api.newUser(member);

        Cli.Run created = admin.run("organizations", "create", org, "--name", "CLI org");
        ok(created);
        ok(admin.run("organizations", "update", org, "--description", "made by the CLI"));
        JsonObject got = admin.run("organizations", "get", org, "--json").json();
        assertEquals("CLI org", got.getString("name"));
        assertEquals("made by the CLI", got.getString("description"));
        assertTrue(lines(admin.run("organizations", "list", "--user-id", "admin", "-q")).contains(org));

        ok(admin.run("organizations", "collaborators", "set", org, "--user-id", member, "--right-organization-info"));
        Cli.Run members = admin.run("organizations", "collaborators", "list", org);
        assertTrue(members.out().contains("user:" + member), members::toString);
        JsonObject rights = admin.run("organizations", "collaborators", "get", org, "--user-id", member, "--json").json();
        assertEquals(List.of("RIGHT_ORGANIZATION_INFO"), rights.getJsonArray("rights").getValuesAs(JsonString::getString));
        ok(admin.run("organizations", "collaborators", "delete", org, "--user-id", member));
        Cli.Run gone = admin.run("organizations", "collaborators", "get", org, "--user-id", member);
        assertEquals(1, gone.exit(), gone::toString);

        Cli.Run key = admin.run("organizations", "api-keys", "create", org, "--right-organization-info", "-q");
        ok(key);
        assertTrue(key.out().strip().startsWith("NNSXS."));

        ok(admin.run("organizations", "delete", org));
        assertEquals(1, admin.run("organizations", "get", org).exit());
    }

    @Test
    void applicationWithDevicesCollaboratorsAndKeys() throws Exception {
        Cli admin = Cli.asAdmin(home);
        String app = Api.uniqueId("cli-app");
        String user = Api.uniqueId("cli-collab");
        Api.newUser(user);

        ok(admin.run("applications", "create", app, "--name", "CLI app", "--attributes", "team=radio"));
        ok(admin.run("applications", "update", app, "--description", "d"));
        JsonObject got = admin.run("applications", "get", app, "--json").json();
        assertEquals("CLI app", got.getString("name"));
        assertEquals("radio", got.getJsonObject("attributes").getString("team"));
        Cli.Run table = admin.run("applications", "list");
        assertTrue(table.out().startsWith("ID") && table.out().contains(app), table::toString);
        assertTrue(lines(admin.run("applications", "list", "--user-id", "admin", "-q")).contains(app));

        ok(admin.run("applications", "collaborators", "set", app, "--user-id", user, "--right-application-info",
                "--right-application-devices-read"));
        JsonObject collaborators = admin.run("applications", "collaborators", "list", app, "--json").json();
        assertTrue(collaborators.getJsonArray("collaborators").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getJsonObject("ids").toString().contains(user)), collaborators::toString);

        String key = admin.run("applications", "api-keys", "create", app, "--right-application-info", "-q").out().strip();
        assertEquals(200, Api.get("/api/v3/applications/" + app, key).status());

        ok(admin.run("end-devices", "create", app, "dev-1", "--dev-eui", "70b3d57ed0000001", "--join-eui",
                "0000000000000000", "--name", "Device 1"));
        ok(admin.run("end-devices", "update", app, "dev-1", "--description", "in the lab"));
        JsonObject device = admin.run("end-devices", "get", app, "dev-1", "--json").json();
        assertEquals("70B3D57ED0000001", device.getJsonObject("ids").getString("dev_eui"));
        assertEquals("Device 1", device.getString("name"));
        assertEquals("in the lab", device.getString("description"));
        Cli.Run devices = admin.run("end-devices", "list", app);
        assertTrue(devices.out().contains("dev-1") && devices.out().contains("70B3D57ED0000001"), devices::toString);
        ok(admin.run("end-devices", "delete", app, "dev-1"));
        assertEquals(1, admin.run("end-devices", "get", app, "dev-1").exit());

        ok(admin.run("applications", "delete", app));
        assertEquals(1, admin.run("applications", "get", app).exit());
        ok(admin.run("applications", "restore", app));
        ok(admin.run("applications", "get", app));
        ok(admin.run("applications", "delete", app));
        ok(admin.run("applications", "purge", app));
    }

    @Test
    void gatewayOwnedByAnOrganization() throws Exception {
        Cli admin = Cli.asAdmin(home);
        String org = Api.uniqueId("cli-gw-org");
        String gateway = Api.uniqueId("cli-gw");
        String eui = "00800000A0" + gateway.substring(gateway.length() - 6).toUpperCase().replaceAll("[^0-9A-F]", "0");
        ok(admin.run("organizations", "create", org));

        Cli.Run created = admin.run("gateways", "create", gateway, "--organization-id", org, "--gateway-eui", eui,
                "--frequency-plan-id", "EU_863_870_TTN", "--enforce-duty-cycle", "--require-authenticated-connection",
                "--name", "Roof");
        ok(created);
        JsonObject got = admin.run("gateways", "get", gateway, "--json").json();
        assertEquals(eui, got.getJsonObject("ids").getString("eui"));
        assertEquals("EU_863_870_TTN", got.getString("frequency_plan_id"));
        assertTrue(got.getBoolean("require_authenticated_connection"));

        ok(admin.run("gateways", "update", gateway, "--require-authenticated-connection=false", "--status-public"));
        got = admin.run("gateways", "get", gateway, "--json").json();
        assertFalse(got.getBoolean("require_authenticated_connection"));
        assertTrue(got.getBoolean("status_public"));
        assertEquals("Roof", got.getString("name"));

        Cli.Run listed = admin.run("gateways", "list", "--organization-id", org);
        assertTrue(listed.out().contains(gateway) && listed.out().contains(eui), listed::toString);

        Cli.Run refused = admin.run("gateways", "create", Api.uniqueId("cli-gw"), "--organization-id", org,
                "--gateway-eui", eui, "--frequency-plan-id", "EU_863_870_TTN");
        assertEquals(1, refused.exit(), refused::toString);
        assertTrue(refused.err().startsWith("error: "), refused::toString);

        ok(admin.run("gateways", "delete", gateway));
        ok(admin.run("organizations", "delete", org));
    }
}
