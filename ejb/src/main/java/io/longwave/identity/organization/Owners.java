package io.longwave.identity.organization;

import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.access.Collaborators;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;

/**
 * Creating an entity under an owner (a user or an organization): the caller's right on the owner, the
 * {@code is.user-rights.create-*} switches, the owner's stored limit, and the owner becoming the first
 * collaborator with all rights. "Owned" means the owner holds the kind's {@code *_ALL} right directly.
 */
@Stateless
public class Owners {

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    IdentitySettings settings;

    @Inject
    Collaborators collaborators;

    /** Checks everything that must hold before {@code kind} is created under {@code owner}; throws otherwise. */
    public void authorizeCreate(Caller caller, EntityId owner, EntityKind kind) {
        rights.require(caller, owner, CreationPolicy.createRight(owner.kind(), kind));
        CreationPolicy.requireSwitch(isAdmin(caller), owner.kind(), kind, settings.get().userRights());
        Integer limit = limitOf(owner, kind);
        if (limit != null) {
            CreationPolicy.requireBelowLimit(owner.kind().single() + " " + kind.single(), limit, countOwned(owner, kind));
        }
    }

    /**
     * Whether the caller acts with admin rights: as in the user registry, holding the universal right to
     * create users, so that an admin's key or token without it counts as a regular user.
     */
    public boolean isAdmin(Caller caller) {
        return rights.universalRights(caller).contains(Right.RIGHT_USER_CREATE);
    }

    /** Makes the owner the entity's collaborator with all rights of the kind. */
    public void grantOwnership(EntityId entity, EntityId owner) {
        collaborators.grant(entity, owner, EnumSet.of(entity.kind().rightGroup().all()));
    }

    /** The live entities of {@code kind} whose {@code *_ALL} right {@code owner} holds directly. */
    public long countOwned(EntityId owner, EntityKind kind) {
        String table = table(kind);
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM memberships m JOIN " + table + " e ON e."
                        + kind.idField() + " = m.entity_id AND e.deleted_at IS NULL"
                        + " WHERE m.entity_type = ?1 AND m.member_type = ?2 AND m.member_id = ?3"
                        + " AND (' ' || m.rights || ' ') LIKE ?4")
                .setParameter(1, kind.single()).setParameter(2, owner.kind().single()).setParameter(3, owner.id())
                .setParameter(4, "% " + kind.rightGroup().all().name() + " %").getSingleResult();
        return n.longValue();
    }

    public static String table(EntityKind kind) {
        return kind == EntityKind.CLIENT ? "oauth_clients" : kind.plural();
    }

    private Integer limitOf(EntityId owner, EntityKind kind) {
        if (owner.kind() == EntityKind.USER) {
            // Locking the owner row serialises concurrent creations, so two cannot both slip under the limit.
            UserAccount user = em.find(UserAccount.class, owner.id(), LockModeType.PESSIMISTIC_WRITE);
            if (user == null) {
                throw IdentityException.notFound(owner);
            }
            return switch (kind) {
                case APPLICATION -> user.applicationLimit();
                case GATEWAY -> user.gatewayLimit();
                case ORGANIZATION -> user.organizationLimit();
                case CLIENT -> user.clientLimit();
                case USER -> null;
            };
        }
        Organization org = em.find(Organization.class, owner.id(), LockModeType.PESSIMISTIC_WRITE);
        if (org == null) {
            throw IdentityException.notFound(owner);
        }
        return switch (kind) {
            case APPLICATION -> org.applicationLimit();
            case GATEWAY -> org.gatewayLimit();
            case CLIENT -> org.clientLimit();
            default -> null;
        };
    }

    static Right infoRight(EntityKind kind) {
        return Collaborators.infoRight(kind);
    }
}
