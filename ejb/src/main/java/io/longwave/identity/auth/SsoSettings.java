package io.longwave.identity.auth;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Corporate SSO settings: the issuer, where the issuer's public keys are (a PEM or JWKS file, or a JWKS
 * https URL), the accepted audiences, the claim naming the user, the groups claim and the group that
 * makes a user admin. {@code LW_SSO_*} variables; MicroProfile JWT's {@code mp.jwt.verify.*} names are
 * the fallback. No issuer means SSO is off.
 */
public record SsoSettings(String issuer, String keyLocation, List<String> audiences, String userClaim,
                          String groupsClaim, String adminGroup) {

    public boolean enabled() {
        return !issuer.isEmpty() && !keyLocation.isEmpty();
    }

    public static SsoSettings read(Function<String, Optional<String>> source) {
        Function<String, String> value = name -> source.apply(name).map(String::trim).orElse("");
        String issuer = first(value, "lw.sso.issuer", "mp.jwt.verify.issuer");
        String key = first(value, "lw.sso.public.key.location", "mp.jwt.verify.publickey.location");
        String audience = first(value, "lw.sso.audience", "mp.jwt.verify.audiences");
        List<String> audiences = audience.isEmpty() ? List.of()
                : List.of(audience.split("\\s*,\\s*"));
        return new SsoSettings(issuer, key, audiences,
                orDefault(value.apply("lw.sso.user.claim"), "preferred_username"),
                orDefault(value.apply("lw.sso.groups.claim"), "groups"),
                value.apply("lw.sso.admin.group"));
    }

    private static String first(Function<String, String> value, String name, String fallbackName) {
        String v = value.apply(name);
        return v.isEmpty() ? value.apply(fallbackName) : v;
    }

    private static String orDefault(String v, String fallback) {
        return v.isEmpty() ? fallback : v;
    }
}
