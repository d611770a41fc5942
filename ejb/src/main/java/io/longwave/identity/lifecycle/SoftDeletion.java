package io.longwave.identity.lifecycle;

import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.access.Collaborators;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.user.RestoreWindow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Delete, restore and purge, the same for every soft-deletable entity: delete needs the kind's delete
 * right; restore the same right, inside {@code is.delete.restore}; purge is for admins and removes the
 * row with its memberships and API keys, which frees the ID.
 */
@Stateless
public class SoftDeletion {

    private static final Logger LOG = Logger.getLogger(SoftDeletion.class.getName());

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    EntityDirectory directory;

    @Inject
    Collaborators collaborators;

    @Inject
    IdentitySettings settings;

    public <T extends SoftDeletable> T delete(Caller caller, EntityId id, Class<T> type, Right deleteRight) {
        rights.require(caller, id, deleteRight);
        T entity = em.find(type, id.id());
        Instant now = Instant.now();
        entity.delete(now);
        entity.touch(now);
        LOG.info(id.kind().single() + ".deleted id=" + id.id());
        return entity;
    }

    public <T extends SoftDeletable> void restore(Caller caller, EntityId id, Class<T> type, Right deleteRight) {
        rights.require(caller, id, true, deleteRight);
        T entity = em.find(type, id.id());
        if (entity.deletedAt() == null) {
            throw IdentityException.precondition("not_deleted", id.kind().single() + " `" + id.id() + "` is not deleted");
        }
        Instant now = Instant.now();
        RestoreWindow.require(entity.deletedAt(), settings.get().deleteRestore(), now);
        entity.restore();
        entity.touch(now);
        LOG.info(id.kind().single() + ".restored id=" + id.id());
    }

    /** Removes the row for good; rows that reference it with ON DELETE CASCADE (end devices) go with it. */
    public <T extends SoftDeletable> void purge(Caller caller, EntityId id, Class<T> type, Right deleteRight) {
        rights.requireUniversal(caller, deleteRight);
        if (directory.presence(id) == EntityDirectory.Presence.ABSENT) {
            throw IdentityException.notFound(id);
        }
        collaborators.purge(id);
        em.remove(em.find(type, id.id()));
        LOG.info(id.kind().single() + ".purged id=" + id.id());
    }
}
