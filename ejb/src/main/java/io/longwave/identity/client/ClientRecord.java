package io.longwave.identity.client;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An OAuth client as the registry shows it, read from {@code oauth_clients}; the secret hash is not part
 * of it, so it can never be returned.
 */
public record ClientRecord(String clientId, String name, List<String> redirectUris, List<String> logoutRedirectUris,
                           List<String> grants, List<String> rights, boolean endorsed, boolean skipAuthorization,
                           String state, Instant createdAt, Instant updatedAt, Instant deletedAt) {

    /** The columns {@link #of(Object[])} reads, in order. */
    public static final String COLUMNS = "client_id, name, redirect_uris, logout_redirect_uris, grants, rights, endorsed,"
            + " skip_authorization, state, created_at, updated_at, deleted_at";

    /** The fields a field mask may name. */
    public static final Set<String> FIELDS = Set.of("name", "redirect_uris", "logout_redirect_uris", "grants", "rights",
            "endorsed", "skip_authorization", "state", "deleted_at");

    public static ClientRecord of(Object[] row) {
        return new ClientRecord((String) row[0], (String) row[1], split(row[2]), split(row[3]), split(row[4]), split(row[5]),
                Boolean.TRUE.equals(row[6]), Boolean.TRUE.equals(row[7]), (String) row[8], instant(row[9]),
                instant(row[10]), instant(row[11]));
    }

    public JsonObject json() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", JsonFields.ids(EntityId.client(clientId)))
                .add("name", name)
                .add("redirect_uris", array(redirectUris))
                .add("logout_redirect_uris", array(logoutRedirectUris))
                .add("grants", array(grants))
                .add("rights", array(rights))
                .add("endorsed", endorsed)
                .add("skip_authorization", skipAuthorization)
                .add("state", state);
        JsonFields.timestamp(b, "created_at", createdAt);
        JsonFields.timestamp(b, "updated_at", updatedAt);
        JsonFields.timestamp(b, "deleted_at", deletedAt);
        return b.build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static List<String> split(Object value) {
        String s = (String) value;
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    /** The JDBC driver hands timestamptz to native queries as Timestamp or OffsetDateTime, depending on the path. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
