package io.longwave.platform.startup;

/** Fired once the schema is migrated and the bootstrap applied: Redis mirrors of the registries rebuild then. */
public record StartupCompleted() {
}
