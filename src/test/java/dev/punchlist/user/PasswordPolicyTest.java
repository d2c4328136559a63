package dev.punchlist.user;

import dev.punchlist.plan.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class PasswordPolicyTest {
    @Test
    void passwordsShorterThanTwelveOrLongerThan128AreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("elevenchars")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> PasswordPolicy.check("twelve chars")).doesNotThrowAnyException();
    }

    @Test
    void passwordsAreStoredAsArgon2idAndVerified() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("a good long password");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(hasher.matches("a good long password", hash)).isTrue();
        assertThat(hasher.matches("a good long passwore", hash)).isFalse();
    }
}
