package io.longwave.platform.config;

import io.longwave.platform.certificates.CertificateSetupException;
import io.longwave.platform.certificates.CertificateSubject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and validates the deployment variables. The lookup is the environment in {@code ./lw} and MP
 * Config in the server, so that both refuse the same bad values with the same message.
 */
public final class DeploymentSettingsParser {

    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");
    private static final Pattern IPV4 = Pattern.compile("^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final Pattern HEX6 = Pattern.compile("^[0-9A-Fa-f]{6}$");
    private static final Pattern DEVADDR_RANGE = Pattern.compile("^([0-9A-Fa-f]{8})/(\\d{1,2})$");

    /** Variables of the reference deployment that have no meaning here; accepted and ignored. */
    public static final java.util.List<String> ACCEPTED_WITHOUT_EFFECT = java.util.List.of("TTS_PPROF_PASSWORD");

    private final Function<String, Optional<String>> lookup;

    private DeploymentSettingsParser(Function<String, Optional<String>> lookup) {
        this.lookup = name -> lookup.apply(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    public static DeploymentSettings parse(Function<String, Optional<String>> lookup) {
        return new DeploymentSettingsParser(lookup).parse();
    }

    private DeploymentSettings parse() {
        String domain = domain();
        NetId netId = netId();
        DevAddrRange range = devAddrRange(netId);
        Optional<String> adminPassword = get("TTS_ADMIN_PASSWORD");
        return new DeploymentSettings(
                get("TTS_SERVER_NAME").orElse("Longwave"),
                domain,
                new DeploymentSettings.Admin(email("TTS_ADMIN_EMAIL", "admin@thethings.example.com"),
                        adminPassword.orElse("changeme"), adminPassword.isEmpty()),
                email("TTS_NOREPLY_EMAIL", "noreply@thethings.example.com"),
                get("TTS_CONSOLE_SECRET").orElse("console"),
                get("TTS_DEVICE_CLAIMING_SECRET").orElse("device_claiming"),
                get("TTS_METRICS_PASSWORD").orElse("metrics"),
                mail(),
                subject(),
                netId,
                range,
                packetBroker(),
                bool("CLI_AUTO_LOGIN", false),
                new DeploymentSettings.Listeners(
                        bool("LW_BIND_ALL", false),
                        port("LW_HTTP_PORT", 1885),
                        port("LW_HTTPS_PORT", 8885),
                        port("LW_UDP_PORT", 1700),
                        port("LW_STATION_WS_PORT", 1887),
                        port("LW_STATION_WSS_PORT", 8887)),
                get("TTN_LW_IS_DATABASE_URI").map(v -> DatabaseUri.parse("TTN_LW_IS_DATABASE_URI", v)),
                get("TTN_LW_REDIS_ADDRESS").map(v -> RedisAddress.parse("TTN_LW_REDIS_ADDRESS", v)));
    }

    private Optional<String> get(String name) {
        return lookup.apply(name);
    }

    private String domain() {
        String domain = get("TTS_DOMAIN").orElse("localhost");
        if (!HOSTNAME.matcher(domain).matches() && !IPV4.matcher(domain).matches()) {
            throw new InvalidSettingException("TTS_DOMAIN", "must be a host name or an IPv4 address, was '" + domain + "'");
        }
        return domain.toLowerCase(Locale.ROOT);
    }

    private String email(String name, String fallback) {
        String value = get(name).orElse(fallback);
        if (!EMAIL.matcher(value).matches()) {
            throw new InvalidSettingException(name, "must be an email address, was '" + value + "'");
        }
        return value;
    }

    /** The certificate subject, with the certificate package's defaults and rules (one set of both). */
    private CertificateSubject subject() {
        CertificateSubject d = CertificateSubject.DEFAULT;
        String country = get(CertificateSubject.COUNTRY_VARIABLE).orElse(d.country()).toUpperCase(Locale.ROOT);
        try {
            return new CertificateSubject(country, get(CertificateSubject.STATE_VARIABLE).orElse(d.state()),
                    get(CertificateSubject.LOCATION_VARIABLE).orElse(d.location()),
                    get(CertificateSubject.ORGANIZATION_VARIABLE).orElse(d.organization()));
        } catch (CertificateSetupException e) {
            // Its message starts with the variable's name; keep the parser's "VARIABLE: problem" form.
            String variable = e.getMessage().split(" ", 2)[0];
            throw new InvalidSettingException(variable, e.getMessage().substring(variable.length()).trim());
        }
    }

    private NetId netId() {
        String value = get("TTS_NET_ID").orElse("000000");
        if (!HEX6.matcher(value).matches()) {
            throw new InvalidSettingException("TTS_NET_ID", "must be 6 hexadecimal digits (e.g. 000013), was '" + value + "'");
        }
        return new NetId(Integer.parseInt(value, 16));
    }

    private DevAddrRange devAddrRange(NetId netId) {
        String value = get("TTS_DEVADDR_RANGE").orElse(null);
        if (value == null) {
            return netId.devAddrRange();
        }
        var m = DEVADDR_RANGE.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(2)) > 32) {
            throw new InvalidSettingException("TTS_DEVADDR_RANGE",
                    "must be an 8-digit hex prefix and a length 0..32 (e.g. 26000000/7), was '" + value + "'");
        }
        DevAddrRange range = new DevAddrRange((int) Long.parseLong(m.group(1), 16), Integer.parseInt(m.group(2)));
        if (!netId.isExperimental() && !netId.devAddrRange().covers(range)) {
            throw new InvalidSettingException("TTS_DEVADDR_RANGE", "range " + range + " is outside NetID " + netId
                    + "'s DevAddr prefix " + netId.devAddrRange());
        }
        return range;
    }

    private DeploymentSettings.Mail mail() {
        Optional<String> hostPort = get("TTS_SMTP_HOST");
        Optional<String> host = hostPort.map(h -> h.contains(":") ? h.substring(0, h.lastIndexOf(':')) : h);
        int smtpPort = hostPort.filter(h -> h.contains(":"))
                .map(h -> Ports.parse("TTS_SMTP_HOST", h.substring(h.lastIndexOf(':') + 1)))
                .orElse(587);
        host.ifPresent(h -> {
            if (!HOSTNAME.matcher(h).matches() && !IPV4.matcher(h).matches()) {
                throw new InvalidSettingException("TTS_SMTP_HOST", "must be host or host:port, was '" + hostPort.get() + "'");
            }
        });
        return new DeploymentSettings.Mail(host, smtpPort, get("TTS_SMTP_USER"), get("TTS_SMTP_PASS"), get("TTS_SENDGRID_KEY"));
    }

    private DeploymentSettings.PacketBroker packetBroker() {
        String host = get("PB_HOST").orElse("eu.packetbroker.io:443");
        int colon = host.lastIndexOf(':');
        if (colon > 0) {
            Ports.parse("PB_HOST", host.substring(colon + 1));
        }
        boolean home = bool("PB_HOME_ENABLE", false);
        boolean forwarder = bool("PB_FORWARDER_ENABLE", false);
        Optional<String> oauthId = get("PB_OAUTH_ID");
        Optional<String> oauthSecret = get("PB_OAUTH_SECRET");
        if ((home || forwarder) && (oauthId.isEmpty() || oauthSecret.isEmpty())) {
            throw new InvalidSettingException(home ? "PB_HOME_ENABLE" : "PB_FORWARDER_ENABLE",
                    "needs PB_OAUTH_ID and PB_OAUTH_SECRET");
        }
        return new DeploymentSettings.PacketBroker(home, forwarder, host, get("PB_TENANT_ID"), oauthId, oauthSecret);
    }

    private boolean bool(String name, boolean fallback) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(name, "must be true or false, was '" + value.get() + "'");
        };
    }

    private int port(String name, int fallback) {
        return get(name).map(v -> Ports.parse(name, v)).orElse(fallback);
    }
}
