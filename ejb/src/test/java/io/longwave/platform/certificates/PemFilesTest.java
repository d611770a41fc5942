package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PemFilesTest {

    @TempDir
    Path temp;

    @Test
    void certificatesRoundTripInOrder() {
        var first = TestKeys.selfSigned(TestKeys.ec(), "first");
        var second = TestKeys.selfSigned(TestKeys.rsa(), "second");
        String pem = PemFiles.encodeCertificates(List.of(first, second));
        assertEquals(List.of(first, second), PemFiles.parseCertificates(pem, "chain"));
    }

    @Test
    void privateKeyRoundTripsAsPkcs8() {
        KeyPair keys = TestKeys.ec();
        String pem = PemFiles.encodePrivateKey(keys.getPrivate());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"), pem);
        assertEquals(keys.getPrivate(), PemFiles.parsePrivateKey(pem, "key"));
    }

    static Stream<Arguments> badKeys() throws Exception {
        KeyPair keys = TestKeys.ec();
        PemObject encrypted = new JcaPKCS8Generator(keys.getPrivate(),
                new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider())
                        .setPassword("pw".toCharArray()).build()).generate();
        String encryptedPem = "-----BEGIN " + encrypted.getType() + "-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encrypted.getContent())
                + "\n-----END " + encrypted.getType() + "-----\n";
        String one = PemFiles.encodePrivateKey(keys.getPrivate());
        return Stream.of(
                Arguments.of(encryptedPem, "encrypted private key"),
                Arguments.of(one + one, "more than one private key"),
                Arguments.of("", "contains no PEM private key"),
                Arguments.of("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "not a valid PEM private key"),
                Arguments.of("-----BEGIN PRIVATE KEY-----\nAAAA\n", "not a valid PEM private key"));
    }

    @ParameterizedTest
    @MethodSource("badKeys")
    void unusableKeysAreRefusedNamingTheSource(String pem, String message) {
        var error = assertThrows(CertificateSetupException.class, () -> PemFiles.parsePrivateKey(pem, "my-key.pem"));
        assertTrue(error.getMessage().startsWith("my-key.pem") && error.getMessage().contains(message),
                error.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = temp.resolve("absent.pem");
        var error = assertThrows(CertificateSetupException.class, () -> PemFiles.readCertificates(missing));
        assertEquals(missing + " does not exist", error.getMessage());
    }
}
