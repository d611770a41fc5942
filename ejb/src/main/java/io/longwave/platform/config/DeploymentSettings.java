package io.longwave.platform.config;

import io.longwave.platform.certificates.CertificateSubject;
import java.util.Optional;

/**
 * The deployment variables of The Things Stack's Docker image (same names, same meaning), plus
 * Longwave's own listener settings, validated. Built by {@link DeploymentSettingsParser}.
 */
public record DeploymentSettings(
        String serverName,
        String domain,
        Admin admin,
        String noreplyEmail,
        String consoleSecret,
        String deviceClaimingSecret,
        String metricsPassword,
        Mail mail,
        CertificateSubject subject,
        NetId netId,
        DevAddrRange devAddrRange,
        PacketBroker packetBroker,
        boolean cliAutoLogin,
        Listeners listeners,
        Optional<DatabaseUri> database,
        Optional<RedisAddress> redis) {

    public record Admin(String email, String password, boolean passwordFromDefault) {
        @Override
        public String toString() {
            return "Admin[email=" + email + ", password=***]";
        }
    }

    /** Outgoing mail: SMTP when a host is set, else SendGrid's SMTP relay when a key is set, else none. */
    public record Mail(Optional<String> smtpHost, int smtpPort, Optional<String> smtpUser, Optional<String> smtpPassword,
                       Optional<String> sendgridKey) {
        public String provider() {
            if (smtpHost.isPresent()) {
                return "smtp";
            }
            return sendgridKey.isPresent() ? "sendgrid" : "none";
        }

        @Override
        public String toString() {
            return "Mail[provider=" + provider() + ", host=" + smtpHost.orElse("") + "]";
        }
    }

    public record PacketBroker(boolean homeEnabled, boolean forwarderEnabled, String host, Optional<String> tenantId,
                               Optional<String> oauthId, Optional<String> oauthSecret) {
        @Override
        public String toString() {
            return "PacketBroker[home=" + homeEnabled + ", forwarder=" + forwarderEnabled + ", host=" + host + "]";
        }
    }

    public record Listeners(boolean bindAll, int httpPort, int httpsPort, int udpPort, int stationWsPort,
                            int stationWssPort) {
        public String bindAddress() {
            return bindAll ? "0.0.0.0" : "127.0.0.1";
        }
    }

    @Override
    public String toString() {
        // Secrets are left out on purpose: this record is logged at start-up.
        return "DeploymentSettings[serverName=" + serverName + ", domain=" + domain + ", admin=" + admin
                + ", netId=" + netId + ", devAddrRange=" + devAddrRange + ", mail=" + mail + ", packetBroker="
                + packetBroker + ", listeners=" + listeners + "]";
    }
}
