package io.longwave.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the CLI prints for an error answer, and how IDs and queries end up in URLs. */
class ApiMessagesTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "404 | {'code':5,'message':'error:pkg/identityserver:not_found (application `x` not found)','details':[]}"
                    + " | error:pkg/identityserver:not_found (application `x` not found)",
            "400 | {'error':'invalid_grant','error_description':'invalid credentials'} | invalid credentials",
            "401 | {'error':'invalid_client'} | invalid_client",
            "502 | <html>Bad Gateway</html> | HTTP 502",
            "500 | '' | HTTP 500",
            "403 | {'code':7,'message':''} | HTTP 403",
            "400 | {not json | HTTP 400",
    })
    void errorMessages(int status, String body, String message) {
        assertEquals(message, ErrorBodies.message(status, body.replace('\'', '"')));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "app-1, app-1",
            "a b, a%20b",
            "x/y, x%2Fy",
            "NNSXS.K1, NNSXS.K1",
    })
    void pathSegments(String id, String encoded) {
        assertEquals(encoded, ApiRequest.segment(id));
    }

    @Test
    void queriesAreEncodedAndSorted() {
        ApiRequest r = ApiRequest.get("/api/v3/applications")
                .withQuery(Map.of("order", "-created_at", "field_mask", "name,description", "limit", "5"));
        assertEquals("/api/v3/applications?field_mask=name%2Cdescription&limit=5&order=-created_at", r.target());
        assertEquals("/api/v3/applications", ApiRequest.get("/api/v3/applications").target());
    }
}
