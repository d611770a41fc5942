package io.longwave.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldMaskTest {

    @Test
    void queryFormsCombine() {
        FieldMask m = FieldMask.ofQuery(List.of("name, description"), List.of("antennas.location"));
        assertEquals(Set.of("name", "description", "antennas.location"), m.paths());
        assertTrue(m.selects("antennas"));
        assertFalse(m.selects("attributes"));
        assertTrue(FieldMask.ofQuery(null, null).selects("anything"));
    }

    @Test
    void bodyFormAndValidation() {
        FieldMask m = FieldMask.ofBody(Json.createObjectBuilder().add("field_mask",
                Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add("name"))).build());
        assertEquals(Set.of("name"), m.validate(Set.of("name")).paths());
        assertThrows(IdentityException.class, () -> m.validate(Set.of("description")));
        assertThrows(IdentityException.class, () -> FieldMask.ofBody(Json.createObjectBuilder().add("field_mask", 3).build()));
        assertThrows(IdentityException.class, () -> FieldMask.ofBody(Json.createObjectBuilder().add("field_mask",
                Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add(1))).build()));
    }

    @Test
    void readMaskKeepsIdsAndTimestamps() {
        var full = Json.createObjectBuilder().add("ids", Json.createObjectBuilder()).add("created_at", "t")
                .add("name", "n").add("description", "d").build();
        var masked = JsonFields.masked(full, FieldMask.ofQuery(List.of("name"), null));
        assertEquals(Set.of("ids", "created_at", "name"), masked.keySet());
    }

    @ParameterizedTest
    @CsvSource({
            "0,1,,user_id",
            "10,3,name,'name ASC, user_id'",
            "10,1,-created_at,'created_at DESC, user_id'"})
    void orderByUsesOnlyKnownColumns(int limit, int page, String order, String expected) {
        ListRequest r = new ListRequest(limit, page, order, false);
        assertEquals(expected, r.orderBy(Map.of("name", "name", "created_at", "created_at"), "user_id"));
    }

    @Test
    void pagingAndRefusals() {
        assertEquals(20, new ListRequest(10, 3, null, false).offset());
        assertEquals(ListRequest.MAX_LIMIT, new ListRequest(0, 1, null, false).effectiveLimit());
        assertThrows(IdentityException.class, () -> new ListRequest(10, 1, "name; DROP TABLE users", false)
                .orderBy(Map.of("name", "name"), "user_id"));
        assertThrows(IdentityException.class, () -> new ListRequest(-1, 1, null, false));
        assertThrows(IdentityException.class, () -> new ListRequest(5000, 1, null, false));
    }
}
