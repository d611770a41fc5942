package io.longwave.platform.certificates;

import java.util.Objects;

/** What {@link CertificateProvisioner#ensure} did, with the one line the CLI prints about it. */
public record EnsureOutcome(Action action, String detail) {

    public enum Action {
        /** New CA and server certificate for the requested domain. */
        GENERATED,
        /** Custom certificates copied in and the stores built from them. */
        CUSTOM,
        /** Everything already matched. */
        KEPT,
        /** Certificates kept, PKCS12 stores rewritten because the password changed. */
        STORES_REWRITTEN
    }

    public EnsureOutcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }

    public String describe() {
        return switch (action) {
            case GENERATED -> "generated for " + detail;
            case CUSTOM -> "custom from " + detail;
            case KEPT -> "kept";
            case STORES_REWRITTEN -> "kept (keystores rewritten for the new password)";
        };
    }
}
