package io.longwave.cli.entity.collaborators;

import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.OwnerRef;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** The collaborator calls of organizations (members), applications and gateways. */
final class CollaboratorRequests {

    private CollaboratorRequests() {
    }

    static ApiRequest set(EntityKind kind, String entityId, OwnerRef collaborator, List<String> rights) {
        check(kind, collaborator);
        JsonArrayBuilder r = Jsons.PROVIDER.createArrayBuilder();
        rights.forEach(r::add);
        JsonObject ids = collaborator.ids("").object();
        JsonObject body = Jsons.PROVIDER.createObjectBuilder()
                .add("collaborator", Jsons.PROVIDER.createObjectBuilder().add("ids", ids).add("rights", r))
                .build();
        return ApiRequest.put(kind.path(entityId) + "/collaborators", body);
    }

    static ApiRequest list(EntityKind kind, String entityId) {
        return ApiRequest.get(kind.path(entityId) + "/collaborators");
    }

    /** The API names the single-collaborator read {@code collaborator/} (singular), the delete {@code collaborators/}. */
    static ApiRequest get(EntityKind kind, String entityId, OwnerRef collaborator) {
        check(kind, collaborator);
        return ApiRequest.get(kind.path(entityId) + "/collaborator/" + collaborator.kind().singular() + "/"
                + ApiRequest.segment(collaborator.id()));
    }

    static ApiRequest delete(EntityKind kind, String entityId, OwnerRef collaborator) {
        check(kind, collaborator);
        return ApiRequest.delete(kind.path(entityId) + "/collaborators/" + collaborator.kind().singular() + "/"
                + ApiRequest.segment(collaborator.id()));
    }

    private static void check(EntityKind kind, OwnerRef collaborator) {
        if (kind == EntityKind.ORGANIZATION && collaborator.kind() != EntityKind.USER) {
            throw new IllegalArgumentException("organization members are users: give --user-id");
        }
    }
}
