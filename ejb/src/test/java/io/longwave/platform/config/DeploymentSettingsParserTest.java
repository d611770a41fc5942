package io.longwave.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentSettingsParserTest {

    private static DeploymentSettings parse(Map<String, String> env) {
        return DeploymentSettingsParser.parse(name -> Optional.ofNullable(env.get(name)));
    }

    @Test
    void defaultsFollowTheReferenceDeployment() {
        DeploymentSettings s = parse(Map.of());
        assertEquals("localhost", s.domain());
        assertEquals("admin@thethings.example.com", s.admin().email());
        assertEquals("changeme", s.admin().password());
        assertTrue(s.admin().passwordFromDefault());
        assertEquals("console", s.consoleSecret());
        assertEquals("metrics", s.metricsPassword());
        assertEquals("000000", s.netId().hex());
        assertEquals("00000000/7", s.devAddrRange().toString());
        assertEquals("ES", s.subject().country());
        assertEquals(1885, s.listeners().httpPort());
        assertEquals(8885, s.listeners().httpsPort());
        assertEquals(1700, s.listeners().udpPort());
        assertEquals(1887, s.listeners().stationWsPort());
        assertEquals(8887, s.listeners().stationWssPort());
        assertEquals("127.0.0.1", s.listeners().bindAddress());
        assertEquals("none", s.mail().provider());
        assertFalse(s.cliAutoLogin());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("TTS_NET_ID", "zz"),
                Arguments.of("TTS_NET_ID", "0000013"),
                Arguments.of("TTS_DEVADDR_RANGE", "26000000"),
                Arguments.of("TTS_DEVADDR_RANGE", "26000000/33"),
                Arguments.of("TTS_DOMAIN", "bad domain"),
                Arguments.of("TTS_ADMIN_EMAIL", "not-an-email"),
                Arguments.of("TTS_SUBJECT_COUNTRY", "Spain"),
                Arguments.of("CLI_AUTO_LOGIN", "yes"),
                Arguments.of("LW_BIND_ALL", "1"),
                Arguments.of("LW_HTTP_PORT", "70000"),
                Arguments.of("LW_UDP_PORT", "udp"),
                Arguments.of("TTS_SMTP_HOST", "mail.example.com:notaport"),
                Arguments.of("PB_HOME_ENABLE", "true"),
                Arguments.of("TTN_LW_IS_DATABASE_URI", "mysql://x@y/z"),
                Arguments.of("TTN_LW_IS_DATABASE_URI", "postgres://root:root@postgres:5432"),
                Arguments.of("TTN_LW_REDIS_ADDRESS", "redis"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidValueIsRefusedNamingTheVariable(String variable, String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> parse(Map.of(variable, value)));
        assertEquals(variable, e.variable());
        assertTrue(e.getMessage().startsWith(variable + ":"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "000000, 00000000/7",
            "000013, 26000000/7",
            "600001, E0020000/15",
            "C00053, FC014C00/22",
            "E00001, FE000080/25",
    })
    void netIdYieldsItsDevAddrPrefix(String netId, String prefix) {
        assertEquals(prefix, parse(Map.of("TTS_NET_ID", netId)).devAddrRange().toString());
    }

    @Test
    void devAddrRangeMustBelongToTheNetId() {
        assertEquals("26000000/7", parse(Map.of("TTS_NET_ID", "000013", "TTS_DEVADDR_RANGE", "26000000/7")).devAddrRange().toString());
        assertEquals("27000000/8", parse(Map.of("TTS_NET_ID", "000013", "TTS_DEVADDR_RANGE", "27000000/8")).devAddrRange().toString());
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> parse(Map.of("TTS_NET_ID", "000013", "TTS_DEVADDR_RANGE", "00000000/7")));
        assertEquals("TTS_DEVADDR_RANGE", e.variable());
    }

    @Test
    void databaseUriInTheReferenceFormIsUnderstood() {
        DatabaseUri db = parse(Map.of("TTN_LW_IS_DATABASE_URI", "postgres://root:p%40ss@postgres:5433/ttn_lorawan?sslmode=disable"))
                .database().orElseThrow();
        assertEquals("postgres", db.host());
        assertEquals(5433, db.port());
        assertEquals("ttn_lorawan", db.database());
        assertEquals("root", db.user());
        assertEquals("p@ss", db.password());
        assertEquals("jdbc:postgresql://postgres:5433/ttn_lorawan?sslmode=disable", db.jdbcUrl());
        assertFalse(db.toString().contains("p@ss"), "password must not be printed");
    }

    @Test
    void smtpAndSendgridSelectTheMailProvider() {
        assertEquals("smtp", parse(Map.of("TTS_SMTP_HOST", "mail.example.com:25")).mail().provider());
        assertEquals(25, parse(Map.of("TTS_SMTP_HOST", "mail.example.com:25")).mail().smtpPort());
        assertEquals("sendgrid", parse(Map.of("TTS_SENDGRID_KEY", "SG.x")).mail().provider());
    }

    @Test
    void settingsNeverPrintSecrets() {
        String text = parse(Map.of("TTS_ADMIN_PASSWORD", "s3cret-admin", "TTS_CONSOLE_SECRET", "s3cret-console",
                "TTS_METRICS_PASSWORD", "s3cret-metrics", "TTS_SMTP_HOST", "h", "TTS_SMTP_PASS", "s3cret-smtp")).toString();
        assertFalse(text.contains("s3cret"), text);
    }
}
