package io.longwave.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which claims of a verified SSO token matter: the one naming the user and the group that makes the
 * user an admin ({@code LW_SSO_USER_CLAIM}, {@code LW_SSO_ADMIN_GROUP}; issuer, key and audience are
 * MicroProfile JWT's own settings, see server.xml).
 */
@ApplicationScoped
public class SsoSettings {

    @ConfigProperty(name = "lw.sso.user.claim", defaultValue = "preferred_username")
    String userClaim;

    @ConfigProperty(name = "lw.sso.admin.group", defaultValue = "")
    String adminGroup;

    public String userClaim() {
        return userClaim;
    }

    public String adminGroup() {
        return adminGroup;
    }
}
