package io.longwave.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which claims of a verified SSO token matter: the one naming the user and the group that makes the
 * user an admin ({@code LW_SSO_USER_CLAIM}, {@code LW_SSO_ADMIN_GROUP}; issuer, key and audience are
 * MicroProfile JWT's own settings, see server.xml). Read on each use, so that a configuration change
 * applies to the next request as it does for MicroProfile JWT.
 */
@ApplicationScoped
public class SsoSettings {

    public String userClaim() {
        return value("lw.sso.user.claim", "preferred_username");
    }

    public String adminGroup() {
        return value("lw.sso.admin.group", "");
    }

    private static String value(String name, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
