package io.longwave.cli.entity;

import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.command.OwnerRef;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The create/read/update/delete calls shared by users, organizations, applications and gateways. */
public final class EntityRequests {

    private EntityRequests() {
    }

    /** {@code {"<singular>":{"ids":{"<id_field>":id},...}}} to the owner's collection (users: to /users). */
    public static ApiRequest create(EntityKind kind, Optional<OwnerRef> owner, String id, MaskedObject fields,
                                    Map<String, String> extraTopLevel) {
        JsonObject entity = withIds(kind, id, fields);
        JsonObjectBuilder body = Jsons.PROVIDER.createObjectBuilder().add(kind.singular(), entity);
        extraTopLevel.forEach((k, v) -> {
            if (v != null) {
                body.add(k, v);
            }
        });
        String path = owner.map(o -> o.collectionPath(kind)).orElse(kind.collectionPath());
        return ApiRequest.post(path, body.build());
    }

    /** {@code PUT} with the fields given and a field mask of exactly them. */
    public static ApiRequest update(EntityKind kind, String id, MaskedObject fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: give at least one field flag (see --help)");
        }
        JsonObject body = Jsons.PROVIDER.createObjectBuilder()
                .add(kind.singular(), withIds(kind, id, fields))
                .add("field_mask", fields.fieldMask())
                .build();
        return ApiRequest.put(kind.path(id), body);
    }

    public static ApiRequest get(EntityKind kind, String id, List<String> fields) {
        return ApiRequest.get(kind.path(id)).withQuery(fields.isEmpty() ? Map.of() : Map.of("field_mask", String.join(",", fields)));
    }

    public static ApiRequest list(EntityKind kind, Optional<OwnerRef> owner, Map<String, String> query) {
        if (owner.isPresent() && (kind == EntityKind.USER
                || kind == EntityKind.ORGANIZATION && owner.get().kind() != EntityKind.USER)) {
            throw new IllegalArgumentException(kind.collection() + " cannot be listed by " + owner.get().kind().singular());
        }
        return ApiRequest.get(owner.map(o -> o.collectionPath(kind)).orElse(kind.collectionPath())).withQuery(query);
    }

    public static ApiRequest delete(EntityKind kind, String id) {
        return ApiRequest.delete(kind.path(id));
    }

    public static ApiRequest restore(EntityKind kind, String id) {
        return ApiRequest.post(kind.path(id) + "/restore", Jsons.PROVIDER.createObjectBuilder().build());
    }

    public static ApiRequest purge(EntityKind kind, String id) {
        return ApiRequest.delete(kind.path(id) + "/purge");
    }

    private static JsonObject withIds(EntityKind kind, String id, MaskedObject fields) {
        JsonObject given = fields.object();
        JsonObjectBuilder ids = Jsons.PROVIDER.createObjectBuilder().add(kind.idField(), id);
        // Identifier fields given as flags (a gateway's EUI) sit next to the ID.
        if (given.get("ids") instanceof JsonObject more) {
            more.forEach(ids::add);
        }
        JsonObjectBuilder entity = Jsons.PROVIDER.createObjectBuilder().add("ids", ids);
        given.forEach((k, v) -> {
            if (!"ids".equals(k)) {
                entity.add(k, v);
            }
        });
        return entity.build();
    }
}
