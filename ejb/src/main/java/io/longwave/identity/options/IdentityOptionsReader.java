package io.longwave.identity.options;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Builds {@link IdentityOptions} from a source of raw values named as in The Things Stack
 * ({@code is.user-registration.enabled}); with MicroProfile Config the same option can be set as the
 * environment variable {@code IS_USER_REGISTRATION_ENABLED}. Invalid values fail with the option name.
 */
public final class IdentityOptionsReader {

    private final Function<String, Optional<String>> source;

    public IdentityOptionsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    public IdentityOptions read(String defaultNetId, String defaultSenderAddress, String defaultNetworkName) {
        return new IdentityOptions(
                duration("is.delete.restore", Duration.ofHours(24)),
                new IdentityOptions.Registration(
                        bool("is.user-registration.enabled", true),
                        bool("is.user-registration.admin-approval.required", false),
                        bool("is.user-registration.contact-info-validation.required", false),
                        duration("is.user-registration.contact-info-validation.token-ttl", Duration.ofHours(48)),
                        bool("is.user-registration.invitation.required", false),
                        duration("is.user-registration.invitation.token-ttl", Duration.ofDays(7)),
                        new IdentityOptions.PasswordRequirements(
                                integer("is.user-registration.password-requirements.min-length", 8),
                                integer("is.user-registration.password-requirements.max-length", 1000),
                                integer("is.user-registration.password-requirements.min-digits", 1),
                                integer("is.user-registration.password-requirements.min-uppercase", 1),
                                integer("is.user-registration.password-requirements.min-special", 0),
                                bool("is.user-registration.password-requirements.reject-common", true),
                                bool("is.user-registration.password-requirements.reject-user-id", true))),
                bool("is.user-login.disable-credentials-login", false),
                new IdentityOptions.UserRights(
                        bool("is.user-rights.create-applications", true),
                        bool("is.user-rights.create-clients", true),
                        bool("is.user-rights.create-gateways", true),
                        bool("is.user-rights.create-organizations", true)),
                new IdentityOptions.Limits(
                        limit("is.application-limits.end-devices"),
                        limit("is.organization-limits.applications"),
                        limit("is.organization-limits.clients"),
                        limit("is.organization-limits.gateways"),
                        limit("is.user-limits.applications"),
                        limit("is.user-limits.clients"),
                        limit("is.user-limits.gateways"),
                        limit("is.user-limits.organizations")),
                bool("is.admin-rights.all", false),
                text("is.gateways.encryption-key-id", ""),
                new IdentityOptions.Email(
                        text("is.email.provider", ""),
                        text("is.email.dir", ""),
                        text("is.email.smtp.address", ""),
                        text("is.email.smtp.username", ""),
                        text("is.email.smtp.password", ""),
                        integer("is.email.smtp.connections", 2),
                        text("is.email.sender-address", defaultSenderAddress),
                        text("is.email.sender-name", defaultNetworkName),
                        text("is.email.network.name", defaultNetworkName),
                        text("is.email.network.identity-server-url", ""),
                        text("is.email.network.console-url", "")),
                new IdentityOptions.LoginTokens(
                        bool("is.login-tokens.enabled", false),
                        duration("is.login-tokens.token-ttl", Duration.ofHours(1))),
                new IdentityOptions.DevEuiBlock(
                        bool("is.dev-eui-block.enabled", false),
                        integer("is.dev-eui-block.application-limit", 100),
                        longValue("is.dev-eui-block.init-counter", 0),
                        text("is.dev-eui-block.prefix", "0000000000000000/0")),
                new IdentityOptions.Network(
                        text("is.network.net-id", defaultNetId),
                        text("is.network.tenant-id", "")));
    }

    private Optional<String> raw(String name) {
        return source.apply(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    private String text(String name, String fallback) {
        return raw(name).orElse(fallback);
    }

    private boolean bool(String name, boolean fallback) {
        return raw(name).map(v -> switch (v.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + ": must be true or false, was '" + v + "'");
        }).orElse(fallback);
    }

    private int integer(String name, int fallback) {
        return (int) longValue(name, fallback);
    }

    private long longValue(String name, long fallback) {
        return raw(name).map(v -> {
            try {
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": must be a non-negative whole number, was '" + v + "'");
            }
        }).orElse(fallback);
    }

    private OptionalInt limit(String name) {
        return raw(name).map(v -> OptionalInt.of(integer(name, 0))).orElse(OptionalInt.empty());
    }

    private Duration duration(String name, Duration fallback) {
        return raw(name).map(v -> GoDuration.parse(name, v)).orElse(fallback);
    }
}
