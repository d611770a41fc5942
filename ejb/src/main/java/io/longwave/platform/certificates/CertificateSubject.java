package io.longwave.platform.certificates;

import java.util.Map;
import java.util.Objects;

/**
 * Distinguished-name fields of the generated certificates, as set by the {@code TTS_SUBJECT_*}
 * variables of the reference deployment.
 */
public record CertificateSubject(String country, String state, String location, String organization) {

    public static final String COUNTRY_VARIABLE = "TTS_SUBJECT_COUNTRY";
    public static final String STATE_VARIABLE = "TTS_SUBJECT_STATE";
    public static final String LOCATION_VARIABLE = "TTS_SUBJECT_LOCATION";
    public static final String ORGANIZATION_VARIABLE = "TTS_SUBJECT_ORGANIZATION";

    /** The reference deployment's defaults, used for any variable that is unset or empty. */
    public static final CertificateSubject DEFAULT =
            new CertificateSubject("ES", "Catalunya", "Barcelona", "TTN Catalunya");

    public CertificateSubject {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(organization, "organization");
        // X.509 countryName is a two-letter ISO 3166 code (PrintableString SIZE(2)).
        if (!country.matches("[A-Za-z]{2}")) {
            throw new CertificateSetupException(COUNTRY_VARIABLE + " must be a two-letter country code, got '"
                    + country + "'");
        }
        // Upper bounds from RFC 5280 appendix A (ub-state-name, ub-locality-name, ub-organization-name).
        requireText(STATE_VARIABLE, state, 128);
        requireText(LOCATION_VARIABLE, location, 128);
        requireText(ORGANIZATION_VARIABLE, organization, 64);
    }

    /** Reads the four variables; unset or blank ones take the default, like the shell's {@code ${X:-default}}. */
    public static CertificateSubject fromEnvironment(Map<String, String> environment) {
        return new CertificateSubject(
                valueOrDefault(environment, COUNTRY_VARIABLE, DEFAULT.country()),
                valueOrDefault(environment, STATE_VARIABLE, DEFAULT.state()),
                valueOrDefault(environment, LOCATION_VARIABLE, DEFAULT.location()),
                valueOrDefault(environment, ORGANIZATION_VARIABLE, DEFAULT.organization()));
    }

    static String valueOrDefault(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void requireText(String variable, String value, int maximum) {
        if (value.isBlank() || value.length() > maximum || value.chars().anyMatch(Character::isISOControl)) {
            throw new CertificateSetupException(variable
                    + " must be 1 to " + maximum + " printable characters, got '" + value + "'");
        }
    }
}
