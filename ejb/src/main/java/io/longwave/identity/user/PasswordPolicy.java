package io.longwave.identity.user;

import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import io.longwave.identity.IdentityException;
import io.longwave.identity.options.IdentityOptions.PasswordRequirements;
import java.util.Locale;

/**
 * The password requirements of {@code is.user-registration.password-requirements.*}. "Common" means the
 * whole password is one entry of zxcvbn's list of frequently used passwords.
 */
public final class PasswordPolicy {

    private final PasswordRequirements requirements;
    private final Zxcvbn zxcvbn;

    public PasswordPolicy(PasswordRequirements requirements, Zxcvbn zxcvbn) {
        this.requirements = requirements;
        this.zxcvbn = zxcvbn;
    }

    /** Throws an invalid-argument error naming the first requirement the password misses. */
    public void check(String userId, String password) {
        if (password == null || password.isEmpty()) {
            throw IdentityException.invalid("password", "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < requirements.minLength()) {
            throw refuse("must be at least " + requirements.minLength() + " characters long");
        }
        if (length > requirements.maxLength()) {
            throw refuse("must be at most " + requirements.maxLength() + " characters long");
        }
        if (count(password, Character::isDigit) < requirements.minDigits()) {
            throw refuse("must contain at least " + requirements.minDigits() + " digit(s)");
        }
        if (count(password, Character::isUpperCase) < requirements.minUppercase()) {
            throw refuse("must contain at least " + requirements.minUppercase() + " upper-case letter(s)");
        }
        if (count(password, c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) < requirements.minSpecial()) {
            throw refuse("must contain at least " + requirements.minSpecial() + " special character(s)");
        }
        if (requirements.rejectUserId() && userId != null && !userId.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            throw refuse("must not contain the user ID");
        }
        if (requirements.rejectCommon() && common(password)) {
            throw refuse("is too common");
        }
    }

    private boolean common(String password) {
        for (Match m : zxcvbn.measure(password).getSequence()) {
            if ("passwords".equals(m.dictionaryName) && m.i == 0 && m.j == password.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private static long count(String s, java.util.function.IntPredicate p) {
        return s.codePoints().filter(p).count();
    }

    private static IdentityException refuse(String why) {
        return new IdentityException(io.longwave.identity.ErrorKind.INVALID_ARGUMENT, "weak_password",
                "password {why}", java.util.Map.of("why", why));
    }
}
