package io.longwave.identity.rights;

import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentitySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rights a caller holds on an entity: its direct membership, plus what it holds through its
 * organizations (the organization's rights on the entity, capped by the user's rights in the
 * organization), plus the admin rights, all capped by the credential's own rights.
 */
@Stateless
public class RightsResolver {

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    EntityDirectory directory;

    @Inject
    IdentitySettings settings;

    public Set<Right> rightsOn(Caller caller, EntityId target) {
        if (caller.anonymous()) {
            return Rights.none();
        }
        Set<Right> base;
        if (caller.method() == Caller.Method.API_KEY && caller.keyOwner().kind() != EntityKind.USER) {
            base = entityKeyRights(caller.keyOwner(), target);
        } else {
            base = userRights(caller.userId(), caller.admin(), target);
        }
        return Rights.intersect(base, caller.limit());
    }

    /** Rights that do not hang on one entity (listing all users, creating users): admins' only. */
    public Set<Right> universalRights(Caller caller) {
        if (caller.anonymous() || !caller.admin()) {
            return Rights.none();
        }
        return Rights.intersect(adminRights(), caller.limit());
    }

    public Set<Right> adminRights() {
        Set<Right> all = Right.expand(EnumSet.of(Right.RIGHT_ALL));
        if (!settings.get().adminRightsAll()) {
            all.removeIf(Right::guardsSecrets);
        }
        return all;
    }

    /**
     * Checks that the caller may do something needing {@code wanted} on a live {@code target}: 404 when the
     * entity does not exist or the caller holds no right on it (its existence must not leak), 403 when the
     * caller sees it but lacks a right, 401 when there is no caller at all.
     */
    public Set<Right> require(Caller caller, EntityId target, Right... wanted) {
        return require(caller, target, false, wanted);
    }

    /** As {@link #require(Caller, EntityId, Right...)}, for a target that may be soft-deleted (restore, purge). */
    public Set<Right> require(Caller caller, EntityId target, boolean includeDeleted, Right... wanted) {
        if (caller.anonymous()) {
            throw IdentityException.unauthenticated("this call needs an API key or a token");
        }
        EntityDirectory.Presence presence = directory.presence(target);
        boolean visible = presence == EntityDirectory.Presence.LIVE
                || (includeDeleted && presence == EntityDirectory.Presence.DELETED);
        Set<Right> held = visible ? rightsOn(caller, target) : Rights.none();
        if (held.isEmpty()) {
            throw IdentityException.notFound(target);
        }
        Set<Right> missing = EnumSet.noneOf(Right.class);
        for (Right w : wanted) {
            if (!Rights.covers(held, EnumSet.of(w))) {
                missing.add(w);
            }
        }
        if (!missing.isEmpty()) {
            throw IdentityException.permissionDenied(missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return held;
    }

    /** Checks a universal (admin) right; callers without it get 403. */
    public void requireUniversal(Caller caller, Right wanted) {
        if (caller.anonymous()) {
            throw IdentityException.unauthenticated("this call needs an API key or a token");
        }
        if (!Rights.covers(universalRights(caller), EnumSet.of(wanted))) {
            throw IdentityException.permissionDenied(wanted.name());
        }
    }

    private Set<Right> userRights(String userId, boolean admin, EntityId target) {
        Set<Right> out = Rights.none();
        if (admin) {
            out.addAll(adminRights());
        }
        if (target.equals(EntityId.user(userId))) {
            // A user holds every right on itself, RIGHT_ALL included, so that its keys can carry any right;
            // what such a key can do elsewhere is still capped by the user's memberships.
            out.addAll(Right.expand(EnumSet.of(Right.RIGHT_ALL)));
            return out;
        }
        out.addAll(Right.expand(membershipRights(target, EntityId.user(userId))));
        if (target.kind() != EntityKind.ORGANIZATION && target.kind() != EntityKind.USER) {
            out.addAll(throughOrganizations(userId, target));
        }
        return out;
    }

    private Set<Right> entityKeyRights(EntityId owner, EntityId target) {
        if (owner.equals(target)) {
            return Rights.allOf(owner.kind().rightGroup());
        }
        if (owner.kind() == EntityKind.ORGANIZATION) {
            return Right.expand(membershipRights(target, owner));
        }
        return Rights.none();
    }

    private Set<Right> membershipRights(EntityId entity, EntityId member) {
        Membership m = em.find(Membership.class, Membership.key(entity, member));
        return m == null ? Rights.none() : m.rights();
    }

    private Set<Right> throughOrganizations(String userId, EntityId target) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT e.rights, o.rights FROM memberships e JOIN memberships o"
                        + " ON o.entity_type = 'organization' AND o.entity_id = e.member_id"
                        + " AND o.member_type = 'user' AND o.member_id = ?1"
                        + " JOIN organizations org ON org.organization_id = e.member_id AND org.deleted_at IS NULL"
                        + " WHERE e.entity_type = ?2 AND e.entity_id = ?3 AND e.member_type = 'organization'")
                .setParameter(1, userId).setParameter(2, target.kind().single()).setParameter(3, target.id())
                .getResultList();
        Set<Right> out = Rights.none();
        for (Object[] row : rows) {
            out.addAll(Rights.intersect(Rights.load((String) row[0]), Rights.load((String) row[1])));
        }
        return out;
    }
}
