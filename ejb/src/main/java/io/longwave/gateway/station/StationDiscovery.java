package io.longwave.gateway.station;

import io.longwave.gateway.GatewayDirectory;
import io.longwave.gateway.GatewayEntry;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.BearerAuthentication;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

/**
 * Decides whether a Basics Station may learn where its traffic endpoint is: the gateway must be
 * registered, and a gateway that requires an authenticated connection must come over TLS with a
 * bearer API key holding {@link Right#RIGHT_GATEWAY_LINK} on that very gateway. A key that is sent
 * is always checked, so that a wrong or foreign key never passes just because none was required.
 * A TLS client certificate from the stack's CA whose CN is the gateway's EUI ({@link ClientCertificate})
 * authenticates the gateway as well as a key does; one for another gateway is refused.
 */
@ApplicationScoped
public class StationDiscovery {

    /** Why a station was refused; {@code label} goes into metrics, {@code message} to the station. */
    public enum Refusal {
        UNKNOWN_GATEWAY("unknown_gateway"),
        UNAUTHENTICATED("unauthenticated"),
        INVALID_CREDENTIALS("invalid_credentials"),
        FORBIDDEN("forbidden");

        public final String label;

        Refusal(String label) {
            this.label = label;
        }
    }

    /** A refusal of discovery, with the text the station logs. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        public Refused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @Inject
    GatewayDirectory gateways;

    @Inject
    BearerAuthentication bearer;

    @Inject
    RightsResolver rights;

    @Inject
    StationTrust trust;

    /**
     * @param secure        whether the station connected over TLS
     * @param authorization the {@code Authorization} header, or null when none was sent
     * @return the registered gateway the station may connect as
     */
    public GatewayEntry discover(long eui, boolean secure, String authorization) throws Refused {
        return discover(eui, secure, authorization, List.of());
    }

    /**
     * @param clientChain the TLS client certificate chain (leaf first), empty when none was presented
     */
    public GatewayEntry discover(long eui, boolean secure, String authorization, List<X509Certificate> clientChain)
            throws Refused {
        String hex = RouterId.hex(eui);
        GatewayEntry gateway = gateways.byEui(hex)
                .orElseThrow(() -> new Refused(Refusal.UNKNOWN_GATEWAY, "gateway " + hex + " is not registered"));
        boolean certified = clientChain != null && !clientChain.isEmpty();
        if (certified) {
            certify(eui, clientChain);
        }
        if (authorization != null) {
            authorize(gateway, authorization);
        } else if (gateway.requireAuthenticatedConnection() && !certified) {
            throw new Refused(Refusal.UNAUTHENTICATED, "gateway " + hex
                    + " requires an authenticated connection: connect over wss with Authorization: Bearer <gateway API key>");
        }
        if (gateway.requireAuthenticatedConnection() && !secure) {
            throw new Refused(Refusal.UNAUTHENTICATED, "gateway " + hex + " requires an authenticated connection over wss");
        }
        return gateway;
    }

    private void certify(long eui, List<X509Certificate> chain) throws Refused {
        long named;
        try {
            named = ClientCertificate.gatewayEui(chain, trust.anchor(), new Date());
        } catch (ClientCertificate.Rejected e) {
            throw new Refused(Refusal.INVALID_CREDENTIALS, "invalid client certificate: " + e.getMessage());
        }
        if (named != eui) {
            throw new Refused(Refusal.FORBIDDEN, "the client certificate is for gateway " + RouterId.hex(named)
                    + ", not " + RouterId.hex(eui));
        }
    }

    private void authorize(GatewayEntry gateway, String authorization) throws Refused {
        Caller caller;
        try {
            caller = bearer.authorization(authorization);
        } catch (IdentityException e) {
            throw new Refused(Refusal.INVALID_CREDENTIALS, "invalid credentials: " + e.getMessage());
        }
        try {
            rights.require(caller, EntityId.gateway(gateway.gatewayId()), Right.RIGHT_GATEWAY_LINK);
        } catch (IdentityException e) {
            // not found and permission denied alike: the key is not one for this gateway's link
            throw new Refused(Refusal.FORBIDDEN, "the credentials do not hold RIGHT_GATEWAY_LINK on gateway " + gateway.eui());
        }
    }
}
