package io.longwave.identity.organization;

import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists of organizations, applications, gateways and clients: all of them (admins), those a caller can
 * see (directly or through its organizations), or those of one member. Each entry comes with the rights
 * the caller holds on it, so that the JSON can leave out what those rights do not cover.
 */
@Stateless
public class EntityListing {

    /** One listed entity and the caller's rights on it. */
    public record Entry(String id, Set<Right> held) {
    }

    /** A page of entries and the total number of matches. */
    public record Result(List<Entry> entries, long total) {
    }

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    /**
     * Everything of {@code kind} the caller may see. Admins get every live entity (or with {@code deleted},
     * every soft-deleted one, which only admins may ask for); others get what they are a collaborator of,
     * directly or through an organization, each checked against the caller's credential.
     */
    public Result visible(Caller caller, EntityKind kind, ListRequest request, Map<String, String> order) {
        Right info = Owners.infoRight(kind);
        boolean admin = Rights.covers(rights.universalRights(caller), Set.of(info));
        if (request.deleted() || admin) {
            if (!admin) {
                rights.requireUniversal(caller, info);
            }
            String where = request.deleted() ? "deleted_at IS NOT NULL" : "deleted_at IS NULL";
            return paged(caller, kind, where, request, order, List.of());
        }
        if (caller.anonymous()) {
            throw IdentityException.unauthenticated("this call needs an API key or a token");
        }
        String candidates;
        List<Object> params = new ArrayList<>();
        params.add(kind.single());
        if (caller.actsAsUser()) {
            candidates = "(m.member_type = 'user' AND m.member_id = ?2) OR (m.member_type = 'organization' AND m.member_id IN"
                    + " (SELECT o.entity_id FROM memberships o WHERE o.entity_type = 'organization'"
                    + " AND o.member_type = 'user' AND o.member_id = ?2))";
            params.add(caller.userId());
        } else if (caller.keyOwner().kind() == EntityKind.ORGANIZATION) {
            candidates = "m.member_type = 'organization' AND m.member_id = ?2";
            params.add(caller.keyOwner().id());
        } else {
            return new Result(List.of(), 0);
        }
        String where = "deleted_at IS NULL AND " + kind.idField() + " IN (SELECT m.entity_id FROM memberships m"
                + " WHERE m.entity_type = ?1 AND (" + candidates + "))";
        Query q = em.createNativeQuery("SELECT " + kind.idField() + " FROM " + Owners.table(kind) + " WHERE " + where
                + " ORDER BY " + request.orderBy(order, kind.idField()));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        // Visibility needs the rights resolver per entity (credential caps, organization membership rights),
        // so the page is cut after filtering.
        List<Entry> all = new ArrayList<>();
        for (Object id : q.getResultList()) {
            Set<Right> held = rights.rightsOn(caller, new EntityId(kind, (String) id));
            if (held.contains(info)) {
                all.add(new Entry((String) id, held));
            }
        }
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.effectiveLimit(), all.size());
        return new Result(List.copyOf(all.subList(from, to)), all.size());
    }

    /** The live entities of {@code kind} that {@code member} collaborates on directly; the caller's list right is checked by the registry. */
    public Result ofMember(Caller caller, EntityKind kind, EntityId member, ListRequest request, Map<String, String> order) {
        String where = "deleted_at IS NULL AND " + kind.idField() + " IN (SELECT m.entity_id FROM memberships m"
                + " WHERE m.entity_type = ?1 AND m.member_type = ?2 AND m.member_id = ?3)";
        return paged(caller, kind, where, request, order, List.of(kind.single(), member.kind().single(), member.id()));
    }

    private Result paged(Caller caller, EntityKind kind, String where, ListRequest request, Map<String, String> order,
                         List<Object> params) {
        String table = Owners.table(kind);
        Query count = em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + where);
        Query ids = em.createNativeQuery("SELECT " + kind.idField() + " FROM " + table + " WHERE " + where
                + " ORDER BY " + request.orderBy(order, kind.idField()));
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            ids.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Entry> out = new ArrayList<>();
        for (Object id : ids.setFirstResult(request.offset()).setMaxResults(request.effectiveLimit()).getResultList()) {
            out.add(new Entry((String) id, rights.rightsOn(caller, new EntityId(kind, (String) id))));
        }
        return new Result(out, total);
    }
}
