package io.longwave.identity.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nulabinc.zxcvbn.Zxcvbn;
import io.longwave.identity.IdentityException;
import io.longwave.identity.options.IdentityOptions.PasswordRequirements;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every password requirement, once met and once missed, each with the other requirements switched off. */
class PasswordPolicyTest {

    private static final Zxcvbn ZXCVBN = new Zxcvbn();
    /** Nothing required beyond a non-empty password. */
    private static final PasswordRequirements NONE = new PasswordRequirements(0, 1000, 0, 0, 0, false, false);

    static Stream<Arguments> cases() {
        return Stream.of(
                // requirement,                          password,            accepted, expected reason
                Arguments.of("min-length 10", with(10, 1000, 0, 0, 0, false, false), "abcdefghij", true, null),
                Arguments.of("min-length 10", with(10, 1000, 0, 0, 0, false, false), "abcdefghi", false, "at least 10 characters"),
                Arguments.of("max-length 12", with(0, 12, 0, 0, 0, false, false), "abcdefghijkl", true, null),
                Arguments.of("max-length 12", with(0, 12, 0, 0, 0, false, false), "abcdefghijklm", false, "at most 12 characters"),
                Arguments.of("min-digits 2", with(0, 1000, 2, 0, 0, false, false), "abc1def2", true, null),
                Arguments.of("min-digits 2", with(0, 1000, 2, 0, 0, false, false), "abc1defg", false, "2 digit"),
                Arguments.of("min-uppercase 2", with(0, 1000, 0, 2, 0, false, false), "aBcDef", true, null),
                Arguments.of("min-uppercase 2", with(0, 1000, 0, 2, 0, false, false), "aBcdef", false, "2 upper-case"),
                Arguments.of("min-special 1", with(0, 1000, 0, 0, 1, false, false), "abc-def", true, null),
                Arguments.of("min-special 1", with(0, 1000, 0, 0, 1, false, false), "abc def", false, "1 special"),
                Arguments.of("reject-common", with(0, 1000, 0, 0, 0, true, false), "Plum-Harbor-Violin-47", true, null),
                Arguments.of("reject-common", with(0, 1000, 0, 0, 0, true, false), "password1", false, "too common"),
                Arguments.of("reject-user-id", with(0, 1000, 0, 0, 0, false, true), "Plum-Harbor-47", true, null),
                Arguments.of("reject-user-id", with(0, 1000, 0, 0, 0, false, true), "my-Alice-7-pw", false, "user ID"),
                // the same passwords pass when the requirement is off
                Arguments.of("no min-length", NONE, "abc", true, null),
                Arguments.of("no common check", NONE, "password1", true, null),
                Arguments.of("no user-id check", NONE, "my-alice-7-pw", true, null));
    }

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @MethodSource("cases")
    void requirement(String name, PasswordRequirements requirements, String password, boolean accepted, String reason) {
        PasswordPolicy policy = new PasswordPolicy(requirements, ZXCVBN);
        if (accepted) {
            assertDoesNotThrow(() -> policy.check("alice", password));
        } else {
            IdentityException e = assertThrows(IdentityException.class, () -> policy.check("alice", password));
            assertEquals("weak_password", e.name());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }
    }

    @ParameterizedTest(name = "empty password: \"{0}\"")
    @MethodSource("empties")
    void emptyPasswordIsRequiredEvenWithoutRequirements(String password) {
        IdentityException e = assertThrows(IdentityException.class, () -> new PasswordPolicy(NONE, ZXCVBN).check("alice", password));
        assertEquals("invalid_field", e.name());
    }

    static Stream<String> empties() {
        return Stream.of("", null);
    }

    private static PasswordRequirements with(int minLength, int maxLength, int minDigits, int minUppercase, int minSpecial,
                                             boolean rejectCommon, boolean rejectUserId) {
        return new PasswordRequirements(minLength, maxLength, minDigits, minUppercase, minSpecial, rejectCommon, rejectUserId);
    }
}
