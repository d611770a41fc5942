package io.longwave.identity.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StationSecretFieldsTest {

    private static JsonObject json(String text) {
        try (JsonReader r = Jsonp.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NNSXS.ABC.DEF", "Bearer NNSXS.ABC.DEF", "x"})
    void aSecretIsBase64OfPrintableAscii(String token) {
        byte[] read = StationSecretFields.secret(json("{\"lbs_lns_secret\":{\"value\":\"" + b64(token) + "\"}}"), "lbs_lns_secret").orElseThrow();
        assertArrayEquals(token.getBytes(StandardCharsets.US_ASCII), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"lbs_lns_secret\":null}", "{\"lbs_lns_secret\":{}}", "{\"lbs_lns_secret\":{\"value\":null}}",
        "{\"lbs_lns_secret\":{\"value\":\"\"}}"})
    void absentNullOrEmptyClears(String body) {
        assertTrue(StationSecretFields.secret(json(body), "lbs_lns_secret").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"lbs_lns_secret\":\"NNSXS\"}|must be an object",
        "{\"lbs_lns_secret\":{\"value\":\"***\"}}|base64",
        "{\"lbs_lns_secret\":{\"value\":5}}|base64",
        "{\"lbs_lns_secret\":{\"value\":\"YQpi\"}}|printable ASCII",
    })
    void malformedSecretsAreRefused(String body, String reason) {
        IdentityException e = assertThrows(IdentityException.class, () -> StationSecretFields.secret(json(body), "lbs_lns_secret"));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://cups.example.com|https://cups.example.com",
        "https://cups.example.com:8885|https://cups.example.com:8885",
        "'  https://10.0.0.1:443 '|https://10.0.0.1:443",
        "''|''",
    })
    void cupsUriIsHttps(String given, String stored) {
        assertEquals(stored, StationSecretFields.cupsUri(json("{\"target_cups_uri\":\"" + given + "\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cups.example.com", "ftp://x", "cups.example.com:443", "https://user@cups.example.com",
        "https://cups.example.com/?a=b", "https://"})
    void otherCupsUrisAreRefused(String given) {
        assertThrows(IdentityException.class, () -> StationSecretFields.cupsUri(json("{\"target_cups_uri\":\"" + given + "\"}")));
    }
}
