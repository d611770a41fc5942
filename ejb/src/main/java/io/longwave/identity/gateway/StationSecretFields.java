package io.longwave.identity.gateway;

import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Basics Station provisioning fields of a gateway in The Things Stack's shape: {@code lbs_lns_secret}
 * and {@code target_cups_key} as secrets ({@code {"value": <base64>}}), {@code target_cups_uri} as text.
 */
public final class StationSecretFields {

    public static final String LNS_SECRET = "lbs_lns_secret";
    public static final String CUPS_KEY = "target_cups_key";
    public static final String CUPS_URI = "target_cups_uri";
    /** Fields read only with RIGHT_GATEWAY_READ_SECRETS and written only with RIGHT_GATEWAY_WRITE_SECRETS. */
    public static final Set<String> SECRETS = Set.of(LNS_SECRET, CUPS_KEY);
    /** The station keeps a secret as one header line in a file of a few kilobytes. */
    private static final int MAX_SECRET = 2048;

    private StationSecretFields() {
    }

    /** The authenticated context a secret is sealed under, so it opens only for its own gateway and field. */
    public static String context(String gatewayId, String field) {
        return "gateway/" + gatewayId + "/" + field;
    }

    /** {@code {"value": <base64>}}; absent, null or an empty value clears the secret (empty result). */
    public static Optional<byte[]> secret(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid(field, "must be an object {\"value\": <base64>}");
        }
        JsonValue value = v.asJsonObject().get("value");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw IdentityException.invalid(field + ".value", "must be base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.getString());
        } catch (IllegalArgumentException e) {
            throw IdentityException.invalid(field + ".value", "must be base64");
        }
        if (bytes.length > MAX_SECRET) {
            throw IdentityException.invalid(field + ".value", "at most " + MAX_SECRET + " bytes");
        }
        for (byte b : bytes) {
            // it ends up in an HTTP header line the station sends
            if (b < 0x20 || b > 0x7E) {
                throw IdentityException.invalid(field + ".value", "must be printable ASCII (an HTTP header value)");
            }
        }
        return bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
    }

    public static JsonObject secretJson(byte[] value) {
        return Jsonp.createObjectBuilder().add("value", Base64.getEncoder().encodeToString(value)).build();
    }

    /** An absolute {@code https://host[:port]} uri of at most 255 characters (the station's u8 length), or empty. */
    public static String cupsUri(JsonObject body) {
        String value = JsonFields.string(body, CUPS_URI).orElse("").trim();
        if (value.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(value);
            if (value.length() > 255 || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    || uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
                throw IdentityException.invalid(CUPS_URI, "must be an https://host[:port] uri of at most 255 characters");
            }
        } catch (URISyntaxException e) {
            throw IdentityException.invalid(CUPS_URI, "must be an https://host[:port] uri of at most 255 characters");
        }
        return value;
    }
}
