package io.longwave.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This server's name in the cluster, fresh at every start: Redis records which node holds a
 * gateway's connection or a dedup window under it, so a restarted node is never mistaken for its
 * former self.
 */
@ApplicationScoped
public class NodeIdentity {

    private final String id = UUID.randomUUID().toString().substring(0, 13);

    public String id() {
        return id;
    }
}
