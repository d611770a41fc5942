package io.longwave.cli.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.LongwaveCli;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.BuildsRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Command line -> HTTP method, path with query, and JSON body, for every command that builds its call from flags. */
class RequestBuildingTest {

    static ApiRequest request(String... args) {
        ParseResult result = new CommandLine(new LongwaveCli()).parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return ((BuildsRequest) result.commandSpec().userObject()).request();
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(new String[] {"users", "create", "alice", "--primary-email-address", "a@example.org",
                        "--password", "secret-1", "--name", "Alice", "--admin"},
                        "POST", "/api/v3/users",
                        "{'user':{'ids':{'user_id':'alice'},'name':'Alice','primary_email_address':'a@example.org',"
                                + "'admin':true,'password':'secret-1'}}"),
                Arguments.of(new String[] {"users", "create", "bob", "--password", "pw", "--invitation-token", "T1"},
                        "POST", "/api/v3/users", "{'user':{'ids':{'user_id':'bob'},'password':'pw'},'invitation_token':'T1'}"),
                Arguments.of(new String[] {"users", "update", "alice", "--name", "A2", "--admin=false"},
                        "PUT", "/api/v3/users/alice",
                        "{'user':{'ids':{'user_id':'alice'},'name':'A2','admin':false},'field_mask':{'paths':['name','admin']}}"),
                Arguments.of(new String[] {"users", "update-password", "alice", "--old", "o1", "--new", "n1"},
                        "PUT", "/api/v3/users/alice/password",
                        "{'old_password':'o1','new_password':'n1','revoke_all_access_tokens':false}"),
                Arguments.of(new String[] {"organizations", "create", "acme", "--user-id", "alice", "--name", "Acme"},
                        "POST", "/api/v3/users/alice/organizations",
                        "{'organization':{'ids':{'organization_id':'acme'},'name':'Acme'}}"),
                Arguments.of(new String[] {"applications", "create", "app1", "--organization-id", "acme", "--name", "App 1"},
                        "POST", "/api/v3/organizations/acme/applications",
                        "{'application':{'ids':{'application_id':'app1'},'name':'App 1'}}"),
                Arguments.of(new String[] {"apps", "create", "app2", "--user-id", "alice", "--attributes", "k=v"},
                        "POST", "/api/v3/users/alice/applications",
                        "{'application':{'ids':{'application_id':'app2'},'attributes':{'k':'v'}}}"),
                Arguments.of(new String[] {"applications", "update", "app1", "--description", "d"},
                        "PUT", "/api/v3/applications/app1",
                        "{'application':{'ids':{'application_id':'app1'},'description':'d'},'field_mask':{'paths':['description']}}"),
                Arguments.of(new String[] {"gateways", "create", "gw1", "--user-id", "alice", "--gateway-eui", "00112233aabbccdd",
                        "--frequency-plan-id", "EU_863_870_TTN", "--enforce-duty-cycle",
                        "--require-authenticated-connection=false", "--name", "GW"},
                        "POST", "/api/v3/users/alice/gateways",
                        "{'gateway':{'ids':{'gateway_id':'gw1','eui':'00112233AABBCCDD'},'frequency_plan_id':'EU_863_870_TTN',"
                                + "'enforce_duty_cycle':true,'require_authenticated_connection':false,'name':'GW'}}"),
                Arguments.of(new String[] {"gateways", "update", "gw1", "--status-public", "--frequency-plan-id", "US_902_928_FSB_2"},
                        "PUT", "/api/v3/gateways/gw1",
                        "{'gateway':{'ids':{'gateway_id':'gw1'},'frequency_plan_id':'US_902_928_FSB_2','status_public':true},"
                                + "'field_mask':{'paths':['frequency_plan_id','status_public']}}"),
                Arguments.of(new String[] {"end-devices", "create", "app1", "dev1", "--dev-eui", "70b3d57ed0000001",
                        "--join-eui", "0000000000000000", "--name", "D"},
                        "POST", "/api/v3/applications/app1/devices",
                        "{'end_device':{'ids':{'device_id':'dev1','application_ids':{'application_id':'app1'},"
                                + "'dev_eui':'70B3D57ED0000001','join_eui':'0000000000000000'},'name':'D'}}"),
                Arguments.of(new String[] {"end-devices", "update", "app1", "dev1", "--name", "N"},
                        "PUT", "/api/v3/applications/app1/devices/dev1",
                        "{'end_device':{'ids':{'device_id':'dev1','application_ids':{'application_id':'app1'}},'name':'N'},"
                                + "'field_mask':{'paths':['name']}}"),
                Arguments.of(new String[] {"end-devices", "list", "app1", "--limit", "5", "--page", "2", "--field-mask", "name"},
                        "GET", "/api/v3/applications/app1/devices?field_mask=name&limit=5&page=2", null),
                Arguments.of(new String[] {"applications", "list", "--user-id", "alice", "--limit", "10", "--order", "-created_at",
                        "--field-mask", "name"},
                        "GET", "/api/v3/users/alice/applications?field_mask=name&limit=10&order=-created_at", null),
                Arguments.of(new String[] {"gateways", "list", "--deleted", "--field-mask", "name,description"},
                        "GET", "/api/v3/gateways?deleted=true&field_mask=name%2Cdescription", null),
                Arguments.of(new String[] {"applications", "get", "app1", "--field-mask", "name"},
                        "GET", "/api/v3/applications/app1?field_mask=name", null),
                Arguments.of(new String[] {"applications", "get", "app1"}, "GET", "/api/v3/applications/app1", null),
                Arguments.of(new String[] {"users", "list"}, "GET", "/api/v3/users", null),
                Arguments.of(new String[] {"end-devices", "get", "app1", "dev1"}, "GET", "/api/v3/applications/app1/devices/dev1", null),
                Arguments.of(new String[] {"end-devices", "delete", "app1", "dev 1"}, "DELETE",
                        "/api/v3/applications/app1/devices/dev%201", null),
                Arguments.of(new String[] {"gateways", "delete", "gw1"}, "DELETE", "/api/v3/gateways/gw1", null),
                Arguments.of(new String[] {"organizations", "restore", "acme"}, "POST", "/api/v3/organizations/acme/restore", "{}"),
                Arguments.of(new String[] {"users", "purge", "bob"}, "DELETE", "/api/v3/users/bob/purge", null),
                Arguments.of(new String[] {"users", "api-keys", "create", "admin", "--right-all"},
                        "POST", "/api/v3/users/admin/api-keys", "{'rights':['RIGHT_ALL']}"),
                Arguments.of(new String[] {"applications", "api-keys", "create", "app1", "--name", "k",
                        "--right-application-traffic-read", "--right-application-info", "--expires-at", "2030-01-31T13:00:00+01:00"},
                        "POST", "/api/v3/applications/app1/api-keys",
                        "{'name':'k','rights':['RIGHT_APPLICATION_INFO','RIGHT_APPLICATION_TRAFFIC_READ'],"
                                + "'expires_at':'2030-01-31T12:00:00Z'}"),
                Arguments.of(new String[] {"gateways", "api-keys", "update", "gw1", "KEY1", "--name", "n2"},
                        "PUT", "/api/v3/gateways/gw1/api-keys/KEY1", "{'api_key':{'name':'n2'},'field_mask':{'paths':['name']}}"),
                Arguments.of(new String[] {"organizations", "api-keys", "update", "acme", "KEY2", "--right-organization-all"},
                        "PUT", "/api/v3/organizations/acme/api-keys/KEY2",
                        "{'api_key':{'rights':['RIGHT_ORGANIZATION_ALL']},'field_mask':{'paths':['rights']}}"),
                Arguments.of(new String[] {"applications", "collaborators", "set", "app1", "--organization-id", "acme",
                        "--right-application-all"},
                        "PUT", "/api/v3/applications/app1/collaborators",
                        "{'collaborator':{'ids':{'organization_ids':{'organization_id':'acme'}},'rights':['RIGHT_APPLICATION_ALL']}}"),
                Arguments.of(new String[] {"gateways", "collaborators", "set", "gw1", "--user-id", "bob"},
                        "PUT", "/api/v3/gateways/gw1/collaborators",
                        "{'collaborator':{'ids':{'user_ids':{'user_id':'bob'}},'rights':[]}}"),
                Arguments.of(new String[] {"organizations", "members", "get", "acme", "--user-id", "bob"},
                        "GET", "/api/v3/organizations/acme/collaborator/user/bob", null),
                Arguments.of(new String[] {"applications", "collaborators", "delete", "app1", "--organization-id", "acme"},
                        "DELETE", "/api/v3/applications/app1/collaborators/organization/acme", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void buildsTheCall(String[] args, String method, String target, String body) {
        ApiRequest request = request(args);
        assertEquals(method, request.method());
        assertEquals(target, request.target());
        if (body == null) {
            assertTrue(request.body().isEmpty(), () -> "unexpected body " + request.body());
        } else {
            assertEquals(Jsons.parseObject(body.replace('\'', '"')), request.body().orElseThrow());
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new String[] {"users", "update", "alice"}, "nothing to update"),
                Arguments.of(new String[] {"end-devices", "update", "app1", "dev1"}, "nothing to update"),
                Arguments.of(new String[] {"users", "api-keys", "update", "alice", "K"}, "nothing to update"),
                Arguments.of(new String[] {"users", "api-keys", "create", "admin"}, "at least one --right"),
                Arguments.of(new String[] {"gateways", "create", "gw", "--user-id", "u", "--gateway-eui", "1234"},
                        "--gateway-eui: an EUI is 16 hexadecimal digits"),
                Arguments.of(new String[] {"users", "api-keys", "create", "admin", "--right-all", "--expires-at", "tomorrow"},
                        "--expires-at: not an RFC 3339 time"),
                Arguments.of(new String[] {"organizations", "create", "acme", "--organization-id", "other"},
                        "organizations are created by users"),
                Arguments.of(new String[] {"organizations", "collaborators", "set", "acme", "--organization-id", "x"},
                        "organization members are users"),
                Arguments.of(new String[] {"users", "list", "--user-id", "x"}, "users cannot be listed by user"),
                Arguments.of(new String[] {"organizations", "list", "--organization-id", "x"},
                        "organizations cannot be listed by organization"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesBeforeCalling(String[] args, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(args));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseErrors")
    void rejectsBadCombinations(String[] args) {
        assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(new LongwaveCli()).parseArgs(args));
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of((Object) new String[] {"applications", "collaborators", "set", "app1", "--user-id", "a",
                        "--organization-id", "b"}),
                Arguments.of((Object) new String[] {"applications", "collaborators", "get", "app1"}),
                Arguments.of((Object) new String[] {"applications", "create", "app1", "--user-id", "a", "--organization-id", "b"}),
                Arguments.of((Object) new String[] {"users", "create", "alice"}),
                Arguments.of((Object) new String[] {"gateways", "update", "gw1", "--gateway-eui", "0011223344556677"}),
                Arguments.of((Object) new String[] {"end-devices", "update", "app1", "dev1", "--dev-eui", "0011223344556677"}),
                Arguments.of((Object) new String[] {"users", "api-keys", "create", "admin", "--right-nonsense"}),
                Arguments.of((Object) new String[] {"login", "--api-key", "K", "--sso-token", "eyJ"}),
                Arguments.of((Object) new String[] {"login", "--api-key", "K", "--username", "admin"}));
    }
}
