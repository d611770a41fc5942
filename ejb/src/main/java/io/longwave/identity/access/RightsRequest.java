package io.longwave.identity.access;

import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rights named in a request (for an API key or a collaborator): they must exist, apply to the entity
 * kind, and be held by the caller, who can never hand out more than it has.
 */
public final class RightsRequest {

    private RightsRequest() {
    }

    public static Set<Right> parse(JsonObject body, String field, EntityKind kind, Set<Right> callerHolds) {
        Set<Right> wanted;
        try {
            wanted = Rights.of(JsonFields.strings(body, "rights"));
        } catch (IllegalArgumentException e) {
            throw IdentityException.invalid(field, e.getMessage());
        }
        Set<Right> applicable = Rights.allOf(kind.rightGroup());
        Set<Right> foreign = wanted.stream().filter(r -> r != Right.RIGHT_ALL && !applicable.contains(r))
                .collect(Collectors.toSet());
        if (!foreign.isEmpty()) {
            throw IdentityException.invalid(field, foreign + " do not apply to a " + kind.single());
        }
        if (!Rights.covers(callerHolds, wanted)) {
            Set<Right> missing = Right.expand(wanted);
            missing.removeAll(Right.expand(callerHolds));
            throw IdentityException.permissionDenied("the rights to grant " + missing.stream().sorted()
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        return wanted;
    }
}
