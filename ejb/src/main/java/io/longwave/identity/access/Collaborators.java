package io.longwave.identity.access;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Membership;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Collaborators of applications, gateways and clients (users or organizations) and members of
 * organizations (users only). Setting empty rights removes the collaborator. An entity always keeps at
 * least one collaborator holding all of its rights, so that nobody locks everyone out.
 */
@Stateless
public class Collaborators {

    private static final Logger LOG = Logger.getLogger(Collaborators.class.getName());

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    EntityDirectory directory;

    public static Right manageRight(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION -> Right.RIGHT_ORGANIZATION_SETTINGS_MEMBERS;
            case APPLICATION -> Right.RIGHT_APPLICATION_SETTINGS_COLLABORATORS;
            case GATEWAY -> Right.RIGHT_GATEWAY_SETTINGS_COLLABORATORS;
            case CLIENT -> Right.RIGHT_CLIENT_SETTINGS_COLLABORATORS;
            case USER -> throw IdentityException.invalid("entity", "users have no collaborators");
        };
    }

    /** Makes {@code member} a collaborator with exactly {@code rights}; used when an entity is created. */
    public void grant(EntityId entity, EntityId member, Set<Right> granted) {
        Instant now = Instant.now();
        Membership existing = em.find(Membership.class, Membership.key(entity, member));
        if (existing == null) {
            em.persist(new Membership(entity, member, granted, now));
        } else {
            existing.rights(granted, now);
        }
    }

    public JsonObject set(Caller caller, EntityId entity, JsonObject request) {
        Set<Right> held = rights.require(caller, entity, manageRight(entity.kind()));
        JsonObject body = JsonFields.object(request, "collaborator");
        EntityId member = memberOf(JsonFields.object(body, "ids"));
        if (entity.kind() == EntityKind.ORGANIZATION && member.kind() == EntityKind.ORGANIZATION) {
            throw IdentityException.invalid("collaborator.ids", "an organization cannot be a member of an organization");
        }
        if (directory.presence(member) != EntityDirectory.Presence.LIVE) {
            throw IdentityException.notFound(member);
        }
        Set<Right> granted = RightsRequest.parse(body, "collaborator.rights", entity.kind(), held);
        Instant now = Instant.now();
        Membership existing = em.find(Membership.class, Membership.key(entity, member));
        if (granted.isEmpty()) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing == null) {
            em.persist(new Membership(entity, member, granted, now));
        } else {
            existing.rights(granted, now);
        }
        em.flush();
        requireFullCollaborator(entity);
        LOG.info("collaborator.set entity=" + entity + " member=" + member + " rights=" + granted.size());
        return Jsonp.createObjectBuilder().build();
    }

    public JsonObject list(Caller caller, EntityId entity) {
        rights.require(caller, entity, infoRight(entity.kind()));
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (Membership m : members(entity)) {
            out.add(Jsonp.createObjectBuilder().add("ids", memberIds(m.member())).add("rights", rightsJson(m.rights())));
        }
        return Jsonp.createObjectBuilder().add("collaborators", out).build();
    }

    public JsonObject get(Caller caller, EntityId entity, EntityId member) {
        rights.require(caller, entity, infoRight(entity.kind()));
        Membership m = em.find(Membership.class, Membership.key(entity, member));
        if (m == null) {
            throw IdentityException.notFound(member);
        }
        return Jsonp.createObjectBuilder().add("rights", rightsJson(m.rights())).build();
    }

    public void delete(Caller caller, EntityId entity, EntityId member) {
        rights.require(caller, entity, manageRight(entity.kind()));
        Membership m = em.find(Membership.class, Membership.key(entity, member));
        if (m == null) {
            throw IdentityException.notFound(member);
        }
        em.remove(m);
        em.flush();
        requireFullCollaborator(entity);
        LOG.info("collaborator.deleted entity=" + entity + " member=" + member);
    }

    /** Removes every membership of and on a purged entity. */
    public void purge(EntityId entity) {
        em.createNativeQuery("DELETE FROM memberships WHERE (entity_type = ?1 AND entity_id = ?2) OR (member_type = ?1 AND member_id = ?2)")
                .setParameter(1, entity.kind().single()).setParameter(2, entity.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM api_keys WHERE entity_type = ?1 AND entity_id = ?2")
                .setParameter(1, entity.kind().single()).setParameter(2, entity.id()).executeUpdate();
    }

    public static Right infoRight(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION -> Right.RIGHT_ORGANIZATION_INFO;
            case APPLICATION -> Right.RIGHT_APPLICATION_INFO;
            case GATEWAY -> Right.RIGHT_GATEWAY_INFO;
            case CLIENT -> Right.RIGHT_CLIENT_INFO;
            case USER -> Right.RIGHT_USER_INFO;
        };
    }

    private List<Membership> members(EntityId entity) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.entityType = :t AND m.entityId = :i"
                        + " ORDER BY m.memberType DESC, m.memberId", Membership.class)
                .setParameter("t", entity.kind().single()).setParameter("i", entity.id()).getResultList();
    }

    private void requireFullCollaborator(EntityId entity) {
        Right all = entity.kind().rightGroup().all();
        boolean someoneHoldsAll = members(entity).stream().anyMatch(m -> Right.expand(m.rights()).contains(all));
        if (!someoneHoldsAll) {
            throw IdentityException.precondition("no_full_collaborator",
                    entity + " must keep at least one collaborator with " + all.name());
        }
    }

    static EntityId memberOf(JsonObject ids) {
        JsonObject user = JsonFields.object(ids, "user_ids");
        JsonObject org = JsonFields.object(ids, "organization_ids");
        if (!user.isEmpty()) {
            return EntityId.user(JsonFields.requiredString(user, "user_id"));
        }
        if (!org.isEmpty()) {
            return EntityId.organization(JsonFields.requiredString(org, "organization_id"));
        }
        throw IdentityException.invalid("collaborator.ids", "needs user_ids or organization_ids");
    }

    static JsonObject memberIds(EntityId member) {
        return Jsonp.createObjectBuilder().add(member.kind().idsKey(), JsonFields.ids(member)).build();
    }

    static JsonArrayBuilder rightsJson(Set<Right> rights) {
        JsonArrayBuilder b = Jsonp.createArrayBuilder();
        rights.stream().sorted().map(Right::name).forEach(b::add);
        return b;
    }
}
