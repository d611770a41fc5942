package io.longwave.platform.certificates;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server name ({@code TTS_DOMAIN}) the server certificate is issued for: a DNS name or an IP
 * literal, which decides whether it becomes a DNS or an IP-address SubjectAltName.
 */
public record CertificateDomain(String name, boolean ipLiteral) {

    public static final String VARIABLE = "TTS_DOMAIN";
    public static final String DEFAULT = "localhost";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    // RFC 1123 labels; a wildcard is allowed only as the whole left-most label.
    private static final Pattern DNS_NAME = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public static CertificateDomain fromEnvironment(Map<String, String> environment) {
        return parse(CertificateSubject.valueOrDefault(environment, VARIABLE, DEFAULT));
    }

    public static CertificateDomain parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CertificateSetupException(VARIABLE + " must not be empty");
        }
        String value = text.trim();
        if (isIpLiteral(value)) {
            return new CertificateDomain(value, true);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.length() > 253 || !DNS_NAME.matcher(lower).matches()) {
            throw new CertificateSetupException(VARIABLE + " must be a DNS name or an IP address, got '"
                    + value + "'");
        }
        return new CertificateDomain(lower, false);
    }

    public boolean isLocalhost() {
        return name.equals("localhost");
    }

    private static boolean isIpLiteral(String value) {
        var v4 = IPV4.matcher(value);
        if (v4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(v4.group(group)) > 255) {
                    throw new CertificateSetupException(VARIABLE + " is not a valid IPv4 address: '" + value + "'");
                }
            }
            return true;
        }
        if (!value.contains(":")) {
            return false;
        }
        if (!value.matches("[0-9A-Fa-f:.]+")) {
            throw new CertificateSetupException(VARIABLE + " is not a valid IPv6 address: '" + value + "'");
        }
        try {
            // Only hex digits, colons and dots reach here, so this parses a literal and never resolves a name.
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            throw new CertificateSetupException(VARIABLE + " is not a valid IPv6 address: '" + value + "'", e);
        }
    }
}
