package io.longwave.identity.auth;

/**
 * What a verified corporate SSO token says about its bearer: the value of the configured user claim,
 * the e-mail and name claims when present, and whether the groups claim holds the admin group.
 */
public record SsoIdentity(String subject, String email, String name, boolean admin) {
}
