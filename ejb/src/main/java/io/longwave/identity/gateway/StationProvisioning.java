package io.longwave.identity.gateway;

import io.longwave.platform.secrets.KeyVault;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The registry's side of CUPS: a gateway's Basics Station settings with its secrets opened, for the
 * Gateway Server once it has authenticated the station itself. Nothing here checks a caller's rights.
 */
@Stateless
public class StationProvisioning {

    /** {@code gatewayServerAddress} and {@code targetCupsUri} are empty when unset. */
    public record Settings(String gatewayServerAddress, Optional<String> lnsSecret, String targetCupsUri,
                           Optional<String> targetCupsKey) {
    }

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    KeyVault vault;

    public Optional<Settings> settings(String gatewayId) {
        Gateway g = em.find(Gateway.class, gatewayId);
        if (g == null || g.deletedAt() != null) {
            return Optional.empty();
        }
        return Optional.of(new Settings(g.gatewayServerAddress(), open(g, StationSecretFields.LNS_SECRET, g.sealedLbsLnsSecret()),
                g.targetCupsUri(), open(g, StationSecretFields.CUPS_KEY, g.sealedTargetCupsKey())));
    }

    private Optional<String> open(Gateway g, String field, String sealed) {
        return Optional.ofNullable(sealed).map(s -> new String(vault.open(s, StationSecretFields.context(g.gatewayId(), field)),
                StandardCharsets.US_ASCII));
    }
}
