package io.longwave.platform.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordFileTest {

    @TempDir
    Path temp;

    @Test
    void missingFileIsCreatedOwnerOnlyWithRandomPasswordAndThenReused() throws Exception {
        Path file = temp.resolve("sub/keystore.password");
        char[] first = PasswordFile.readOrCreate(file, new SecureRandom());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, first.length);
        assertTrue(new String(first).matches("[A-Za-z0-9_-]+"), new String(first));
        assertArrayEquals(first, PasswordFile.readOrCreate(file, new SecureRandom()));
        char[] other = PasswordFile.readOrCreate(temp.resolve("other"), new SecureRandom());
        assertFalse(new String(first).equals(new String(other)));
    }

    @ParameterizedTest
    @CsvSource(value = {"'pass\n'|pass", "'  pass word \r\n'|pass word", "p@ss:w0rd|p@ss:w0rd"}, delimiter = '|')
    void existingPasswordIsReadWithoutSurroundingWhitespace(String content, String expected) throws Exception {
        Path file = temp.resolve("password");
        Files.writeString(file, content);
        assertEquals(expected, new String(PasswordFile.readOrCreate(file, new SecureRandom())));
    }

    @ParameterizedTest
    @CsvSource(value = {"''|is empty", "'  \n'|is empty", "'a\nb'|single line"}, delimiter = '|')
    void unusablePasswordFileIsRefusedNamingIt(String content, String message) throws Exception {
        Path file = temp.resolve("password");
        Files.writeString(file, content);
        var error = assertThrows(CertificateSetupException.class,
                () -> PasswordFile.readOrCreate(file, new SecureRandom()));
        assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains(message),
                error.getMessage());
    }
}
