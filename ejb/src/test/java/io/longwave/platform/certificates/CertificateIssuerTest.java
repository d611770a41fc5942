package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateIssuerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DNS = 2;
    private static final int IP = 7;
    private static final CertificateSubject SUBJECT =
            new CertificateSubject("NL", "Noord-Holland", "Amsterdam", "Example Org");

    private final CertificateIssuer issuer =
            new CertificateIssuer(Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    private final IssuedCertificate ca = issuer.issueAuthority(SUBJECT);

    @Test
    void authorityIsSelfSignedCaWithCertSignUsageAndTenYears() throws Exception {
        X509Certificate certificate = ca.certificate();
        certificate.verify(certificate.getPublicKey());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(0, certificate.getBasicConstraints(), "CA with path length 0");
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertEquals(Duration.ofDays(3650), Duration.between(NOW, certificate.getNotAfter().toInstant()));
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertEquals("EC", certificate.getPublicKey().getAlgorithm());
    }

    @Test
    void serverCertificateChainsToAuthorityWithServerAndClientAuth() throws Exception {
        X509Certificate server = issuer.issueServer(ca, CertificateDomain.parse("lns.example.com"), SUBJECT)
                .certificate();
        server.verify(ca.certificate().getPublicKey());
        assertEquals(ca.certificate().getSubjectX500Principal(), server.getIssuerX500Principal());
        assertEquals(-1, server.getBasicConstraints(), "not a CA");
        assertEquals(List.of(SERVER_AUTH, CLIENT_AUTH), server.getExtendedKeyUsage());
        assertTrue(server.getKeyUsage()[0], "digitalSignature");
        assertEquals(Duration.ofDays(730), Duration.between(NOW, server.getNotAfter().toInstant()));
        assertEquals(Date.from(NOW.minus(Duration.ofMinutes(5))), server.getNotBefore());
        assertTrue(validates(server, ca.certificate()));
    }

    static Stream<Arguments> altNames() {
        return Stream.of(
                Arguments.of("localhost", Set.of(List.of(DNS, "localhost"), List.of(IP, "127.0.0.1"), List.of(DNS, "127.0.0.1"))),
                Arguments.of("127.0.0.1", Set.of(List.of(IP, "127.0.0.1"), List.of(DNS, "127.0.0.1"))),
                Arguments.of("lns.example.com", Set.of(List.of(DNS, "lns.example.com"))),
                Arguments.of("LNS.Example.COM", Set.of(List.of(DNS, "lns.example.com"))),
                Arguments.of("192.168.1.20", Set.of(List.of(IP, "192.168.1.20"), List.of(DNS, "192.168.1.20"))),
                Arguments.of("2001:db8::1", Set.of(List.of(IP, "2001:db8:0:0:0:0:0:1"))));
    }

    @ParameterizedTest
    @MethodSource("altNames")
    void serverAltNamesFollowDomainKind(String domain, Set<List<Object>> expected) throws Exception {
        X509Certificate server = issuer.issueServer(ca, CertificateDomain.parse(domain), SUBJECT).certificate();
        Set<List<Object>> actual = server.getSubjectAlternativeNames().stream()
                .map(name -> List.<Object>copyOf(name)).collect(Collectors.toSet());
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({
        "C, NL",
        "ST, Noord-Holland",
        "L, Amsterdam",
        "O, Example Org",
        "CN, lns.example.com",
    })
    void serverSubjectCarriesConfiguredFields(String type, String value) throws Exception {
        X509Certificate server = issuer.issueServer(ca, CertificateDomain.parse("lns.example.com"), SUBJECT)
                .certificate();
        assertEquals(value, rdn(server, type));
    }

    @ParameterizedTest
    @CsvSource({
        "Example Org, Example Org Longwave CA",
        "Organization name that is exactly fifty-three chars!!, Longwave CA",
    })
    void authorityCommonNameStaysWithinSixtyFourCharacters(String organization, String commonName) throws Exception {
        CertificateSubject subject = new CertificateSubject("ES", "Catalunya", "Barcelona", organization);
        assertEquals(commonName, rdn(issuer.issueAuthority(subject).certificate(), "CN"));
    }

    @Test
    void serialsAreRandomAndPositive() {
        IssuedCertificate other = issuer.issueAuthority(SUBJECT);
        assertNotEquals(ca.certificate().getSerialNumber(), other.certificate().getSerialNumber());
        assertEquals(1, ca.certificate().getSerialNumber().signum());
        assertTrue(ca.certificate().getSerialNumber().bitLength() <= 159);
    }

    @Test
    void gatewayClientCertificateValidatesAgainstAuthority() throws Exception {
        X509Certificate client = issuer.issueGatewayClient(ca, "58a0cbfffe800001").certificate();
        assertEquals("58A0CBFFFE800001", rdn(client, "CN"));
        assertEquals(List.of(CLIENT_AUTH), client.getExtendedKeyUsage());
        assertTrue(validates(client, ca.certificate()));
        IssuedCertificate stranger = issuer.issueAuthority(SUBJECT);
        assertFalse(validates(client, stranger.certificate()), "must not validate against another CA");
    }

    @ParameterizedTest
    @CsvSource({
        "58a0cbfffe800001, 58A0CBFFFE800001",
        "58-A0-CB-FF-FE-80-00-01, 58A0CBFFFE800001",
        "58:a0:cb:ff:fe:80:00:01, 58A0CBFFFE800001",
    })
    void gatewayEuiIsNormalized(String input, String expected) {
        assertEquals(expected, CertificateIssuer.normalizeEui(input));
    }

    @ParameterizedTest
    @CsvSource(value = {"58a0cbfffe8000", "58a0cbfffe80000102", "58a0cbfffe80000g", "''", "NULL"}, nullValues = "NULL")
    void badGatewayEuiIsRefused(String input) {
        var error = assertThrows(CertificateSetupException.class, () -> issuer.issueGatewayClient(ca, input));
        assertTrue(error.getMessage().contains("EUI"), error.getMessage());
    }

    @Test
    void keyMatchesOwnCertificateOnly() {
        IssuedCertificate server = issuer.issueServer(ca, CertificateDomain.parse("localhost"), SUBJECT);
        KeyCertificateMatch.require(server.privateKey(), server.certificate(), "key.pem", "cert.pem");
        var error = assertThrows(CertificateSetupException.class,
                () -> KeyCertificateMatch.require(ca.privateKey(), server.certificate(), "key.pem", "cert.pem"));
        assertTrue(error.getMessage().startsWith("key.pem does not match"), error.getMessage());
    }

    static boolean validates(X509Certificate leaf, X509Certificate root) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(NOW.plus(Duration.ofDays(1))));
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(leaf)), parameters);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static String rdn(X509Certificate certificate, String type) throws Exception {
        for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
            if (rdn.getType().equalsIgnoreCase(type)) {
                return rdn.getValue().toString();
            }
        }
        return null;
    }
}
