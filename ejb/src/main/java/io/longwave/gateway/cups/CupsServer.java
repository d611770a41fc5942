package io.longwave.gateway.cups;

import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.station.StationDiscovery;
import io.longwave.gateway.station.StationTrust;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.BearerAuthentication;
import io.longwave.identity.gateway.StationProvisioning;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CUPS {@code update-info} in The Things Stack's shape: the station authenticates as for LNS discovery
 * (gateway API key with the link right, or a client certificate for its EUI; {@code require_authenticated_connection}
 * enforced), then learns where its traffic server is and, when it authenticated, the credentials the
 * registry holds for it: {@code target_cups_uri} / {@code target_cups_key} move it to a (new) CUPS server,
 * {@code lbs_lns_secret} becomes its LNS token. The CUPS key goes only to a station that authenticated by
 * client certificate or with a key that also holds RIGHT_GATEWAY_READ_SECRETS: it may be a stronger key than
 * the link key the station authenticated with. Firmware updates are not offered (no signature, no update).
 */
@ApplicationScoped
public class CupsServer {

    @Inject
    StationDiscovery discovery;

    @Inject
    StationProvisioning provisioning;

    @Inject
    StationTrust trust;

    @Inject
    BearerAuthentication bearer;

    @Inject
    RightsResolver rights;

    @Inject
    @ConfigProperty(name = "lw.station.wss.port", defaultValue = "8887")
    int stationWssPort;

    /**
     * @param host the host the station addressed this server by (its {@code Host} header without the port)
     */
    public UpdateInfoResponse updateInfo(UpdateInfoRequest request, boolean secure, String authorization,
            List<X509Certificate> clientChain, String host) throws StationDiscovery.Refused {
        GatewayEntry gateway = discovery.discover(request.router(), secure, authorization, clientChain);
        StationProvisioning.Settings settings = provisioning.settings(gateway.gatewayId())
                .orElseThrow(() -> new StationDiscovery.Refused(StationDiscovery.Refusal.UNKNOWN_GATEWAY,
                        "gateway " + gateway.eui() + " is not registered"));
        // discovery has checked every credential sent: one present means the station proved who it is
        boolean certified = clientChain != null && !clientChain.isEmpty();
        boolean authenticated = authorization != null || certified;
        String tcUri = TrafficAddress.uri(settings.gatewayServerAddress(), host, stationWssPort);
        StationTarget target;
        if (authenticated) {
            byte[] anchor = trust.anchorDer();
            boolean cupsKeyAllowed = certified || readsSecrets(authorization, gateway.gatewayId());
            target = new StationTarget(
                    Optional.of(settings.targetCupsUri()).filter(u -> !u.isEmpty()),
                    settings.targetCupsKey().filter(key -> cupsKeyAllowed).map(key -> CredentialBlob.token(anchor, key)),
                    tcUri,
                    settings.lnsSecret().map(secret -> CredentialBlob.token(anchor, secret)));
        } else {
            // secrets go only to a station that proved it is this gateway
            target = new StationTarget(Optional.empty(), Optional.empty(), tcUri, Optional.empty());
        }
        return target.answer(request);
    }

    /** Discovery has accepted the key already; this only asks whether it also reaches the gateway's secrets. */
    private boolean readsSecrets(String authorization, String gatewayId) {
        if (authorization == null) {
            return false;
        }
        try {
            rights.require(bearer.authorization(authorization), EntityId.gateway(gatewayId), Right.RIGHT_GATEWAY_READ_SECRETS);
            return true;
        } catch (IdentityException e) {
            return false;
        }
    }
}
