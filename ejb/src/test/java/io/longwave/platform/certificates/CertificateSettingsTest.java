package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateSettingsTest {

    @Test
    void defaultsComeFromTheReferenceDeployment() {
        CertificateSettings settings = CertificateSettings.fromEnvironment(Map.of("TTS_SUBJECT_STATE", " "));
        assertEquals(new CertificateDomain("localhost", false), settings.domain());
        assertEquals(new CertificateSubject("ES", "Catalunya", "Barcelona", "TTN Catalunya"), settings.subject());
        assertEquals(Path.of("/run/secrets"), settings.customDirectory());
    }

    @Test
    void variablesOverrideDefaults() {
        CertificateSettings settings = CertificateSettings.fromEnvironment(Map.of(
                "TTS_DOMAIN", "lns.example.org", "TTS_SUBJECT_COUNTRY", "NL", "TTS_SUBJECT_STATE", "Utrecht",
                "TTS_SUBJECT_LOCATION", "Utrecht", "TTS_SUBJECT_ORGANIZATION", "Example",
                "LW_CUSTOM_CERTS_DIR", "/etc/lw/certs"));
        assertEquals(new CertificateDomain("lns.example.org", false), settings.domain());
        assertEquals(new CertificateSubject("NL", "Utrecht", "Utrecht", "Example"), settings.subject());
        assertEquals(Path.of("/etc/lw/certs"), settings.customDirectory());
    }

    @ParameterizedTest
    @CsvSource({
        "localhost, localhost, false",
        "Example.COM, example.com, false",
        "*.example.com, *.example.com, false",
        "10.0.0.1, 10.0.0.1, true",
        "::1, ::1, true",
        "fe80::1:2, fe80::1:2, true",
    })
    void domainKinds(String input, String name, boolean ip) {
        assertEquals(new CertificateDomain(name, ip), CertificateDomain.parse(input));
    }

    static Stream<Arguments> badEnvironments() {
        return Stream.of(
                Arguments.of(Map.of("TTS_DOMAIN", "bad domain"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_DOMAIN", "-lead.example.com"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_DOMAIN", "300.1.1.1"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_DOMAIN", "1:2:3:4:5:6:7:8:9"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_DOMAIN", "a.*.example.com"), "TTS_DOMAIN"),
                Arguments.of(Map.of("TTS_SUBJECT_COUNTRY", "ESP"), "TTS_SUBJECT_COUNTRY"),
                Arguments.of(Map.of("TTS_SUBJECT_COUNTRY", "E1"), "TTS_SUBJECT_COUNTRY"),
                Arguments.of(Map.of("TTS_SUBJECT_STATE", "x".repeat(129)), "TTS_SUBJECT_STATE"),
                Arguments.of(Map.of("TTS_SUBJECT_LOCATION", "a\u0007b"), "TTS_SUBJECT_LOCATION"),
                Arguments.of(Map.of("TTS_SUBJECT_ORGANIZATION", "o".repeat(65)), "TTS_SUBJECT_ORGANIZATION"),
                Arguments.of(Map.of("TTS_SUBJECT_ORGANIZATION", "a\nb"), "TTS_SUBJECT_ORGANIZATION"),
                Arguments.of(Map.of("LW_CUSTOM_CERTS_DIR", "a\u0000b"), "LW_CUSTOM_CERTS_DIR"));
    }

    @ParameterizedTest
    @MethodSource("badEnvironments")
    void badValuesNameTheirVariable(Map<String, String> environment, String variable) {
        var error = assertThrows(CertificateSetupException.class,
                () -> CertificateSettings.fromEnvironment(environment));
        assertTrue(error.getMessage().startsWith(variable), error.getMessage());
    }
}
