package io.longwave.identity.auth;

import io.longwave.identity.EntityId;
import io.longwave.identity.rights.Right;
import java.util.Set;

/**
 * Who makes a request and how: an API key of some entity, an OAuth access token of a user, a corporate
 * SSO token of a user, or nobody. {@code limit} caps whatever the underlying user or entity holds.
 */
public record Caller(Method method, String userId, boolean admin, EntityId keyOwner, Set<Right> limit,
                     String credentialId, String clientId) {

    public enum Method { ANONYMOUS, API_KEY, ACCESS_TOKEN, SSO }

    public static final Caller ANONYMOUS = new Caller(Method.ANONYMOUS, null, false, null, Set.of(), null, null);

    public static Caller apiKey(EntityId owner, boolean ownerIsAdmin, Set<Right> rights, String keyId) {
        String user = owner.kind() == io.longwave.identity.EntityKind.USER ? owner.id() : null;
        return new Caller(Method.API_KEY, user, ownerIsAdmin, owner, Set.copyOf(rights), keyId, null);
    }

    public static Caller accessToken(String userId, boolean admin, Set<Right> rights, String tokenId, String clientId) {
        return new Caller(Method.ACCESS_TOKEN, userId, admin, null, Set.copyOf(rights), tokenId, clientId);
    }

    public static Caller sso(String userId, boolean admin) {
        return new Caller(Method.SSO, userId, admin, null, Set.of(Right.RIGHT_ALL), null, null);
    }

    public boolean anonymous() {
        return method == Method.ANONYMOUS;
    }

    /** The user on whose behalf the request runs: the user itself, or the owner of a user API key. */
    public boolean actsAsUser() {
        return userId != null;
    }
}
