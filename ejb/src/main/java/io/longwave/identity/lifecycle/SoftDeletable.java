package io.longwave.identity.lifecycle;

import java.time.Instant;

/** An entity that is deleted softly (restorable for a while) before it is purged: users, organizations, applications, gateways. */
public interface SoftDeletable {

    Instant deletedAt();

    void delete(Instant now);

    void restore();

    void touch(Instant now);
}
