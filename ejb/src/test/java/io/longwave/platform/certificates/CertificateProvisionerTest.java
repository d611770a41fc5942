package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateProvisionerTest {

    private static final char[] PASSWORD = "s3cret-Pass".toCharArray();

    @TempDir
    Path temp;

    private final CertificateProvisioner provisioner =
            new CertificateProvisioner(new CertificateIssuer(Clock.systemUTC(), new SecureRandom()));

    private CertificateDirectory directory() {
        return new CertificateDirectory(temp.resolve("certs"));
    }

    private CertificateSettings settings(Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>(Map.of("LW_CUSTOM_CERTS_DIR", temp.resolve("none").toString()));
        environment.putAll(overrides);
        return CertificateSettings.fromEnvironment(environment);
    }

    @Test
    void generatesAllFilesWithPrivateKeysOwnerOnly() throws Exception {
        CertificateDirectory directory = directory();
        EnsureOutcome outcome = provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        assertEquals("generated for localhost", outcome.describe());
        for (String name : CertificateDirectory.ALL_FILES) {
            assertTrue(Files.isRegularFile(directory.root().resolve(name)), name);
        }
        for (Path secret : List.of(directory.caKey(), directory.key(), directory.keystore(), directory.truststore())) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)), secret.toString());
        }
        assertTrue(Files.readString(directory.key()).startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8");
        List<X509Certificate> chain = PemFiles.readCertificates(directory.certificateChain());
        X509Certificate ca = PemFiles.readCertificates(directory.caCertificate()).get(0);
        assertEquals(2, chain.size());
        assertEquals(ca, chain.get(1));
        chain.get(0).verify(ca.getPublicKey());
        KeyCertificateMatch.require(PemFiles.readPrivateKey(directory.key()), chain.get(0), "key.pem", "cert.pem");
        KeyCertificateMatch.require(PemFiles.readPrivateKey(directory.caKey()), ca, "ca-key.pem", "ca.pem");
        String record = Files.readString(directory.record());
        assertTrue(record.contains("domain=localhost") && record.contains("organization=TTN Catalunya"), record);
    }

    @Test
    void storesOpenWithPasswordAndHaveExpectedAliases() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        KeyStore keystore = KeyStoreFiles.load(directory.keystore(), PASSWORD);
        assertEquals(List.of("default"), java.util.Collections.list(keystore.aliases()));
        assertTrue(keystore.isKeyEntry("default"));
        assertEquals(2, keystore.getCertificateChain("default").length);
        assertEquals(PemFiles.readPrivateKey(directory.key()), keystore.getKey("default", PASSWORD));
        KeyStore truststore = KeyStoreFiles.load(directory.truststore(), PASSWORD);
        assertEquals(List.of("longwave-ca"), java.util.Collections.list(truststore.aliases()));
        assertEquals(PemFiles.readCertificates(directory.caCertificate()).get(0),
                truststore.getCertificate("longwave-ca"));
        var error = assertThrows(CertificateSetupException.class,
                () -> KeyStoreFiles.load(directory.keystore(), "wrong".toCharArray()));
        assertTrue(error.getMessage().contains("keystore.p12"), error.getMessage());
    }

    @Test
    void ensureIsIdempotent() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        Map<String, Snapshot> before = snapshot(directory);
        EnsureOutcome outcome = provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        assertEquals("kept", outcome.describe());
        assertEquals(before, snapshot(directory));
    }

    @ParameterizedTest
    @CsvSource({
        "TTS_DOMAIN, lns.example.org",
        "TTS_SUBJECT_COUNTRY, NL",
        "TTS_SUBJECT_STATE, Catalonia",
        "TTS_SUBJECT_LOCATION, Girona",
        "TTS_SUBJECT_ORGANIZATION, Other Org",
    })
    void anyChangedVariableRegeneratesEverythingIncludingCa(String variable, String value) throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        Map<String, Snapshot> before = snapshot(directory);
        EnsureOutcome outcome = provisioner.ensure(directory, settings(Map.of(variable, value)), PASSWORD);
        assertEquals(EnsureOutcome.Action.GENERATED, outcome.action());
        Map<String, Snapshot> after = snapshot(directory);
        for (String name : List.of("ca.pem", "ca-key.pem", "cert.pem", "key.pem")) {
            assertNotEquals(before.get(name), after.get(name), name);
        }
        assertEquals("kept", provisioner.ensure(directory, settings(Map.of(variable, value)), PASSWORD).describe());
    }

    @Test
    void changedPasswordRewritesOnlyTheStores() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        Map<String, Snapshot> before = snapshot(directory);
        char[] newPassword = "another-one".toCharArray();
        EnsureOutcome outcome = provisioner.ensure(directory, settings(Map.of()), newPassword);
        assertEquals(EnsureOutcome.Action.STORES_REWRITTEN, outcome.action());
        Map<String, Snapshot> after = snapshot(directory);
        assertEquals(before.get("cert.pem"), after.get("cert.pem"));
        assertEquals(before.get("ca-key.pem"), after.get("ca-key.pem"));
        KeyStoreFiles.load(directory.keystore(), newPassword);
        KeyStoreFiles.load(directory.truststore(), newPassword);
    }

    @Test
    void missingFileRegenerates() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        Files.delete(directory.key());
        assertEquals(EnsureOutcome.Action.GENERATED, provisioner.ensure(directory, settings(Map.of()), PASSWORD).action());
    }

    @Test
    void resetDeletesOnlyManagedFiles() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        Path unrelated = directory.root().resolve("keystore.password");
        Files.writeString(unrelated, "keep me");
        assertEquals(CertificateDirectory.ALL_FILES, provisioner.reset(directory));
        assertEquals(List.of(unrelated), Files.list(directory.root()).toList());
        assertEquals(List.of(), provisioner.reset(directory));
        assertEquals(EnsureOutcome.Action.GENERATED, provisioner.ensure(directory, settings(Map.of()), PASSWORD).action());
    }

    record CustomKey(String label, KeyPair keys, Function<KeyPair, String> keyPem) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<CustomKey> customKeyFormats() {
        return Stream.of(
                new CustomKey("EC PKCS#8", TestKeys.ec(), keys -> PemFiles.encodePrivateKey(keys.getPrivate())),
                new CustomKey("EC SEC1", TestKeys.ec(), TestKeys::sec1Pem),
                new CustomKey("EC SEC1 with parameters block",
                        TestKeys.ec(), keys -> "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
                                + TestKeys.sec1Pem(keys)),
                new CustomKey("RSA PKCS#8", TestKeys.rsa(), keys -> PemFiles.encodePrivateKey(keys.getPrivate())),
                new CustomKey("RSA PKCS#1", TestKeys.rsa(), keys -> TestKeys.traditionalPem(keys)));
    }

    @ParameterizedTest
    @MethodSource("customKeyFormats")
    void customCertificatesAreUsedAndSubjectIgnored(CustomKey custom) throws Exception {
        Path source = Files.createDirectories(temp.resolve("secrets"));
        X509Certificate certificate = TestKeys.selfSigned(custom.keys(), "custom.example.net");
        Files.writeString(source.resolve("cert.pem"), PemFiles.encodeCertificates(List.of(certificate)));
        String keyPem = custom.keyPem().apply(custom.keys());
        Files.writeString(source.resolve("key.pem"), keyPem);
        CertificateDirectory directory = directory();
        CertificateSettings settings = settings(Map.of("LW_CUSTOM_CERTS_DIR", source.toString(),
                "TTS_SUBJECT_ORGANIZATION", "Ignored"));

        assertEquals("custom from " + source, provisioner.ensure(directory, settings, PASSWORD).describe());
        assertEquals(keyPem, Files.readString(directory.key()));
        assertFalse(Files.exists(directory.caKey()));
        assertFalse(Files.exists(directory.caCertificate()));
        KeyStore keystore = KeyStoreFiles.load(directory.keystore(), PASSWORD);
        assertEquals(certificate, keystore.getCertificate("default"));
        assertEquals(certificate, KeyStoreFiles.load(directory.truststore(), PASSWORD).getCertificate("longwave-ca"));
        assertTrue(Files.readString(directory.record()).contains("mode=custom"));

        Map<String, Snapshot> before = snapshot(directory);
        CertificateSettings otherSubject = settings(Map.of("LW_CUSTOM_CERTS_DIR", source.toString(),
                "TTS_DOMAIN", "changed.example.org"));
        assertEquals("kept", provisioner.ensure(directory, otherSubject, PASSWORD).describe());
        assertEquals(before, snapshot(directory));
        TrustAnchor anchor = provisioner.trustAnchor(directory);
        assertTrue(anchor.guessedFromChain());
        assertEquals(List.of(certificate), PemFiles.parseCertificates(anchor.pem(), "trust"));
    }

    @Test
    void customCaFileIsCopiedAndTrusted() throws Exception {
        CertificateIssuer issuer = new CertificateIssuer(Clock.systemUTC(), new SecureRandom());
        IssuedCertificate ca = issuer.issueAuthority(CertificateSubject.DEFAULT);
        IssuedCertificate server = issuer.issueServer(ca, CertificateDomain.parse("lns.example.net"),
                CertificateSubject.DEFAULT);
        Path source = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(source.resolve("cert.pem"), PemFiles.encodeCertificates(List.of(server.certificate())));
        Files.writeString(source.resolve("key.pem"), PemFiles.encodePrivateKey(server.privateKey()));
        Files.writeString(source.resolve("ca.pem"), PemFiles.encodeCertificates(List.of(ca.certificate())));
        CertificateDirectory directory = directory();
        CertificateSettings settings = settings(Map.of("LW_CUSTOM_CERTS_DIR", source.toString()));

        assertEquals(EnsureOutcome.Action.CUSTOM, provisioner.ensure(directory, settings, PASSWORD).action());
        assertEquals(ca.certificate(),
                KeyStoreFiles.load(directory.truststore(), PASSWORD).getCertificate("longwave-ca"));
        TrustAnchor anchor = provisioner.trustAnchor(directory);
        assertFalse(anchor.guessedFromChain());
        assertEquals(List.of(ca.certificate()), PemFiles.parseCertificates(anchor.pem(), "trust"));
        var error = assertThrows(CertificateSetupException.class,
                () -> provisioner.issueGatewayClient(directory, "0102030405060708"));
        assertTrue(error.getMessage().contains("ca-key.pem"), error.getMessage());

        // A renewed custom certificate in the source directory is picked up.
        IssuedCertificate renewed = issuer.issueServer(ca, CertificateDomain.parse("lns.example.net"),
                CertificateSubject.DEFAULT);
        Files.writeString(source.resolve("cert.pem"), PemFiles.encodeCertificates(List.of(renewed.certificate())));
        Files.writeString(source.resolve("key.pem"), PemFiles.encodePrivateKey(renewed.privateKey()));
        assertEquals(EnsureOutcome.Action.CUSTOM, provisioner.ensure(directory, settings, PASSWORD).action());
        assertEquals(renewed.certificate(), KeyStoreFiles.load(directory.keystore(), PASSWORD).getCertificate("default"));

        // Removing the custom files goes back to generated certificates.
        Files.delete(source.resolve("cert.pem"));
        Files.delete(source.resolve("key.pem"));
        assertEquals(EnsureOutcome.Action.GENERATED, provisioner.ensure(directory, settings, PASSWORD).action());
    }

    static Stream<Arguments> badCustomDirectories() {
        KeyPair keys = TestKeys.ec();
        String certificate = PemFiles.encodeCertificates(List.of(TestKeys.selfSigned(keys, "custom")));
        String otherKey = PemFiles.encodePrivateKey(TestKeys.ec().getPrivate());
        String rsaKey = PemFiles.encodePrivateKey(TestKeys.rsa().getPrivate());
        String goodKey = PemFiles.encodePrivateKey(keys.getPrivate());
        return Stream.of(
                Arguments.of("mismatched key", Map.of("cert.pem", certificate, "key.pem", otherKey), "key.pem does not match"),
                Arguments.of("key of other algorithm", Map.of("cert.pem", certificate, "key.pem", rsaKey), "key.pem does not match"),
                Arguments.of("missing key", Map.of("cert.pem", certificate), "key.pem is missing"),
                Arguments.of("missing certificate", Map.of("key.pem", goodKey), "cert.pem is missing"),
                Arguments.of("garbage certificate", Map.of("cert.pem", "hello", "key.pem", goodKey), "cert.pem contains no PEM certificate"),
                Arguments.of("key in certificate file", Map.of("cert.pem", goodKey, "key.pem", goodKey), "cert.pem holds a"),
                Arguments.of("certificate in key file", Map.of("cert.pem", certificate, "key.pem", certificate), "key.pem holds a"),
                Arguments.of("corrupt base64", Map.of("cert.pem", "-----BEGIN CERTIFICATE-----\n@@@\n-----END CERTIFICATE-----\n",
                        "key.pem", goodKey), "cert.pem is not a valid PEM"),
                Arguments.of("bad ca file", Map.of("cert.pem", certificate, "key.pem", goodKey, "ca.pem", "x"), "ca.pem contains no PEM"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCustomDirectories")
    void badCustomCertificatesAreRefusedNamingTheFile(String label, Map<String, String> files, String message)
            throws Exception {
        Path source = Files.createDirectories(temp.resolve("secrets"));
        for (var file : files.entrySet()) {
            Files.writeString(source.resolve(file.getKey()), file.getValue());
        }
        CertificateDirectory directory = directory();
        var error = assertThrows(CertificateSetupException.class, () -> provisioner.ensure(directory,
                settings(Map.of("LW_CUSTOM_CERTS_DIR", source.toString())), PASSWORD));
        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertFalse(Files.exists(directory.keystore()), "nothing written on refusal");
    }

    @Test
    void gatewayClientCertificateIsSignedByGeneratedCa() throws Exception {
        CertificateDirectory directory = directory();
        provisioner.ensure(directory, settings(Map.of()), PASSWORD);
        ClientCredentials credentials = provisioner.issueGatewayClient(directory, "58A0CBFFFE800001");
        X509Certificate client = PemFiles.parseCertificates(credentials.certificatePem(), "client").get(0);
        X509Certificate ca = PemFiles.readCertificates(directory.caCertificate()).get(0);
        client.verify(ca.getPublicKey());
        KeyCertificateMatch.require(PemFiles.parsePrivateKey(credentials.privateKeyPem(), "client key"), client,
                "client key", "client");
        assertEquals("58A0CBFFFE800001", CertificateIssuerTest.rdn(client, "CN"));
    }

    @Test
    void trustAndClientNeedEnsureFirst() {
        CertificateDirectory directory = directory();
        var error = assertThrows(CertificateSetupException.class, () -> provisioner.trustAnchor(directory));
        assertTrue(error.getMessage().contains("cert.pem does not exist"), error.getMessage());
        error = assertThrows(CertificateSetupException.class,
                () -> provisioner.issueGatewayClient(directory, "58A0CBFFFE800001"));
        assertTrue(error.getMessage().contains("ca.pem does not exist"), error.getMessage());
    }

    record Snapshot(byte[] content, FileTime modified) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot snapshot && java.util.Arrays.equals(content, snapshot.content)
                    && modified.equals(snapshot.modified);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(content);
        }
    }

    private static Map<String, Snapshot> snapshot(CertificateDirectory directory) throws Exception {
        Map<String, Snapshot> files = new HashMap<>();
        for (String name : CertificateDirectory.ALL_FILES) {
            Path file = directory.root().resolve(name);
            if (Files.exists(file)) {
                files.put(name, new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
            }
        }
        return files;
    }

    @Test
    void snapshotDetectsByteChanges() {
        assertArrayEquals(new byte[] {1}, new Snapshot(new byte[] {1}, FileTime.fromMillis(0)).content());
        assertNotEquals(new Snapshot(new byte[] {1}, FileTime.fromMillis(0)),
                new Snapshot(new byte[] {2}, FileTime.fromMillis(0)));
    }
}
