package io.longwave.identity.options;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The Identity Server options of The Things Stack ({@code is.*}), as far as Longwave acts on them. The
 * names and defaults follow the reference option list; {@link IdentityOptionsReader} reads them.
 */
public record IdentityOptions(
        Duration deleteRestore,
        Registration registration,
        boolean credentialsLoginDisabled,
        UserRights userRights,
        Limits limits,
        boolean adminRightsAll,
        String gatewaysEncryptionKeyId,
        Email email,
        LoginTokens loginTokens,
        DevEuiBlock devEuiBlock,
        Network network) {

    public record Registration(boolean enabled, boolean adminApprovalRequired, boolean contactInfoValidationRequired,
                               Duration contactInfoValidationTokenTtl, boolean invitationRequired,
                               Duration invitationTokenTtl, PasswordRequirements passwordRequirements) {
    }

    public record PasswordRequirements(int minLength, int maxLength, int minDigits, int minUppercase, int minSpecial,
                                       boolean rejectCommon, boolean rejectUserId) {
    }

    /** Whether non-admin users may create these entities under their own account. */
    public record UserRights(boolean createApplications, boolean createClients, boolean createGateways,
                             boolean createOrganizations) {
    }

    /** Limits given to newly created entities; empty means unlimited. */
    public record Limits(OptionalInt applicationEndDevices, OptionalInt organizationApplications,
                         OptionalInt organizationClients, OptionalInt organizationGateways,
                         OptionalInt userApplications, OptionalInt userClients, OptionalInt userGateways,
                         OptionalInt userOrganizations) {
    }

    public record Email(String provider, String dir, String smtpAddress, String smtpUsername, String smtpPassword,
                        int smtpConnections, String senderAddress, String senderName, String networkName,
                        String identityServerUrl, String consoleUrl) {
    }

    public record LoginTokens(boolean enabled, Duration tokenTtl) {
    }

    public record DevEuiBlock(boolean enabled, int applicationLimit, long initCounter, String prefix) {
    }

    public record Network(String netId, String tenantId) {
    }
}
