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
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applications over HTTPS: under users and organizations, lists, field masks, delete/restore/purge, rights. */
class ApplicationIT {

    static String createApplication(User owner) {
        String id = Api.uniqueId("app");
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(),
                body("application", id, "\"name\":\"App " + id + "\"")));
        return id;
    }

    @Test
    void lifecycle() {
        User owner = User.create("app-owner");
        String id = Api.uniqueId("app");
        Reply created = Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(),
                body("application", id, "\"name\":\"Meters\",\"description\":\"water meters\",\"attributes\":{\"site\":\"north\"}"));
        assertStatus(200, created);
        assertEquals("north", created.json().getJsonObject("attributes").getString("site"));
        assertEquals(0, created.json().getInt("dev_eui_counter"));
        assertTrue(Api.get("/api/v3/applications/" + id + "/collaborators", owner.token()).body().contains("RIGHT_APPLICATION_ALL"));

        Reply masked = Api.get("/api/v3/applications/" + id + "?field_mask.paths=description", owner.token());
        assertStatus(200, masked);
        assertEquals("water meters", masked.json().getString("description"));
        assertFalse(masked.json().containsKey("name"));

        assertStatus(200, Api.put("/api/v3/applications/" + id, owner.token(),
                update("application", "\"description\":\"gas meters\",\"name\":\"ignored\"", "description")));
        Reply read = Api.get("/api/v3/applications/" + id, owner.token());
        assertEquals("gas meters", read.json().getString("description"));
        assertEquals("Meters", read.json().getString("name"));

        assertStatus(200, Api.delete("/api/v3/applications/" + id, owner.token()));
        assertStatus(404, Api.get("/api/v3/applications/" + id, owner.token()));
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(), body("application", id, "")));
        assertStatus(200, Api.post("/api/v3/applications/" + id + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        assertStatus(400, Api.post("/api/v3/applications/" + id + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        assertStatus(200, Api.get("/api/v3/applications/" + id, owner.token()));

        assertStatus(403, Api.delete("/api/v3/applications/" + id + "/purge", owner.token()));
        assertStatus(200, Api.delete("/api/v3/applications/" + id + "/purge", Api.admin()));
        assertStatus(404, Api.get("/api/v3/applications/" + id, Api.admin()));
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(), body("application", id, "")));
    }

    @Test
    void underOrganizations() {
        User owner = User.create("app-org-owner");
        User member = User.create("app-org-member");
        User creator = User.create("app-org-creator");
        String org = OrganizationIT.createOrganization(owner);
        collaborator(owner.token(), "/api/v3/organizations/" + org, member.id(), "RIGHT_ORGANIZATION_INFO");
        collaborator(owner.token(), "/api/v3/organizations/" + org, creator.id(), "RIGHT_ORGANIZATION_INFO",
                "RIGHT_ORGANIZATION_APPLICATIONS_CREATE", "RIGHT_ORGANIZATION_APPLICATIONS_LIST", "RIGHT_APPLICATION_ALL");

        assertStatus(403, Api.post("/api/v3/organizations/" + org + "/applications", member.token(),
                body("application", Api.uniqueId("app"), "")));
        String id = Api.uniqueId("app");
        assertStatus(200, Api.post("/api/v3/organizations/" + org + "/applications", creator.token(), body("application", id, "")));
        Reply collaborators = Api.get("/api/v3/applications/" + id + "/collaborators", creator.token());
        assertTrue(collaborators.body().contains("\"organization_id\":\"" + org + "\""), collaborators.toString());

        Reply ofOrg = Api.get("/api/v3/organizations/" + org + "/applications", creator.token());
        assertStatus(200, ofOrg);
        assertEquals(List.of(id), ids(ofOrg, "applications", "application_id"));
        assertEquals("1", ofOrg.header("X-Total-Count"));
        assertStatus(403, Api.get("/api/v3/organizations/" + org + "/applications", member.token()));
        // The creator sees it through the organization, the mere member does not.
        assertTrue(ids(Api.get("/api/v3/applications", creator.token()), "applications", "application_id").contains(id));
        assertFalse(ids(Api.get("/api/v3/applications", member.token()), "applications", "application_id").contains(id));
        assertStatus(404, Api.get("/api/v3/applications/" + id, member.token()));
        assertStatus(200, Api.get("/api/v3/applications/" + id, owner.token()));
    }

    @Test
    void listsPageAndOrder() {
        User owner = User.create("app-lister");
        List<String> created = new ArrayList<>(List.of(createApplication(owner), createApplication(owner), createApplication(owner)));
        created.sort(null);
        Reply all = Api.get("/api/v3/applications?order=application_id", owner.token());
        assertEquals("3", all.header("X-Total-Count"));
        assertEquals(created, ids(all, "applications", "application_id"));
        Reply page = Api.get("/api/v3/users/" + owner.id() + "/applications?limit=1&page=3&order=application_id&field_mask=name",
                owner.token());
        assertStatus(200, page);
        assertEquals("3", page.header("X-Total-Count"));
        assertEquals(List.of(created.get(2)), ids(page, "applications", "application_id"));
        assertFalse(page.json().getJsonArray("applications").getJsonObject(0).containsKey("description"));
        Reply desc = Api.get("/api/v3/applications?order=-application_id&limit=2", owner.token());
        assertEquals(List.of(created.get(2), created.get(1)), ids(desc, "applications", "application_id"));
        assertTrue(Long.parseLong(Api.get("/api/v3/applications?limit=1", Api.admin()).header("X-Total-Count")) >= 3);
    }

    @Test
    void rightsDecideWhatCallersSeeAndDo() {
        User owner = User.create("app-owner");
        User reader = User.create("app-reader");
        User stranger = User.create("app-stranger");
        String id = createApplication(owner);
        collaborator(owner.token(), "/api/v3/applications/" + id, reader.id(), "RIGHT_APPLICATION_INFO");

        assertStatus(404, Api.get("/api/v3/applications/" + id, stranger.token()));
        assertStatus(404, Api.put("/api/v3/applications/" + id, stranger.token(), update("application", "\"name\":\"x\"", "name")));
        assertStatus(404, Api.delete("/api/v3/applications/" + id, stranger.token()));
        assertStatus(404, Api.post("/api/v3/users/" + owner.id() + "/applications", stranger.token(), body("application", Api.uniqueId("app"), "")));
        assertStatus(404, Api.get("/api/v3/users/" + owner.id() + "/applications", stranger.token()));

        assertStatus(200, Api.get("/api/v3/applications/" + id, reader.token()));
        assertStatus(403, Api.put("/api/v3/applications/" + id, reader.token(), update("application", "\"name\":\"x\"", "name")));
        assertStatus(403, Api.delete("/api/v3/applications/" + id, reader.token()));
        assertStatus(403, Api.put("/api/v3/applications/" + id, owner.token(), update("application", "\"end_device_limit\":3", "end_device_limit")));
    }

    @Test
    void badRequests() {
        User owner = User.create("app-bad");
        String id = createApplication(owner);
        String create = "/api/v3/users/" + owner.id() + "/applications";
        assertStatus(400, Api.get("/api/v3/applications/" + id + "?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.put("/api/v3/applications/" + id, owner.token(), update("application", "\"name\":\"x\"", "nonsense")));
        assertStatus(400, Api.raw("POST", create, owner.token(), "application/json", "{\"application\":{"));
        assertStatus(400, Api.raw("PUT", "/api/v3/applications/" + id, owner.token(), "application/json", "[1,"));
        assertStatus(400, Api.post(create, owner.token(), body("application", Api.uniqueId("app"), "\"attributes\":{\"Bad Key\":\"x\"}")));
        assertStatus(409, Api.post(create, owner.token(), body("application", id, "")));
    }
}
