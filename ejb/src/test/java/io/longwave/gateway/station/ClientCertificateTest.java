package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.platform.certificates.CertificateDomain;
import io.longwave.platform.certificates.CertificateIssuer;
import io.longwave.platform.certificates.CertificateSubject;
import io.longwave.platform.certificates.IssuedCertificate;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientCertificateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final CertificateIssuer ISSUER = new CertificateIssuer(Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    private static final IssuedCertificate CA = ISSUER.issueAuthority(CertificateSubject.DEFAULT);
    private static final IssuedCertificate OTHER_CA = ISSUER.issueAuthority(CertificateSubject.DEFAULT);

    private static List<X509Certificate> client(IssuedCertificate ca, String eui) {
        return List.of(ISSUER.issueGatewayClient(ca, eui).certificate());
    }

    @Test
    void aGatewayCertificateFromTheCaNamesItsEui() throws Exception {
        assertEquals(0x0102030405060708L, ClientCertificate.gatewayEui(client(CA, "0102030405060708"), CA.certificate(), Date.from(NOW)));
        assertEquals(0xFFFEFDFCFBFAF9F8L, ClientCertificate.gatewayEui(client(CA, "ff-fe-fd-fc-fb-fa-f9-f8"), CA.certificate(), Date.from(NOW)));
        List<X509Certificate> withCa = List.of(client(CA, "0102030405060708").get(0), CA.certificate());
        assertEquals(0x0102030405060708L, ClientCertificate.gatewayEui(withCa, CA.certificate(), Date.from(NOW)), "chain ending in the CA");
    }

    static Stream<Arguments> refused() {
        X509Certificate server = ISSUER.issueServer(CA, CertificateDomain.parse("localhost"), CertificateSubject.DEFAULT).certificate();
        return Stream.of(
                Arguments.of("no certificate", List.of(), NOW, "no client certificate"),
                Arguments.of("another CA", client(OTHER_CA, "0102030405060708"), NOW, "not issued by this server's CA"),
                Arguments.of("another CA behind our CA's name in the chain",
                        List.of(client(OTHER_CA, "0102030405060708").get(0), OTHER_CA.certificate()), NOW, "not issued"),
                Arguments.of("expired", client(CA, "0102030405060708"), NOW.plus(Duration.ofDays(800)), "expired"),
                Arguments.of("not yet valid", client(CA, "0102030405060708"), NOW.minus(Duration.ofDays(1)), "not yet valid"),
                Arguments.of("server certificate: CN is no EUI", List.of(server), NOW, "no gateway EUI"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void otherCertificatesAreNoGatewayCredential(String name, List<X509Certificate> chain, Instant at, String reason) {
        ClientCertificate.Rejected e = assertThrows(ClientCertificate.Rejected.class,
                () -> ClientCertificate.gatewayEui(chain, CA.certificate(), Date.from(at)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
