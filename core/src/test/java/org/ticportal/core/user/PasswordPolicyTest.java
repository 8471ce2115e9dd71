package org.ticportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.ticportal.core.common.BusinessException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityPolicyProperties(12, 3,
            Duration.ofDays(90), 5, 10, Duration.ofMinutes(15), Duration.ofMinutes(30), 5, Duration.ofMinutes(15),
            Duration.ofDays(180), Duration.ofSeconds(10)));

    @Test
    void aPasswordNeedsTwelveCharacters() {
        assertThatThrownBy(() -> policy.check("zhang", "Ab1!Ab1!Ab1"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password.tooShort");
    }

    @Test
    void aPasswordNeedsThreeOfFourCharacterClasses() {
        assertThatThrownBy(() -> policy.check("zhang", "abcdefgh12345"))
                .hasMessageContaining("password.tooFewClasses");
        assertThatCode(() -> policy.check("zhang", "abcdefgh1234X")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhang", "abcdefgh#$%^&1")).doesNotThrowAnyException();
    }

    @Test
    void aPasswordMustNotContainTheUserName() {
        assertThatThrownBy(() -> policy.check("zhangsan", "Zhangsan#2026x"))
                .hasMessageContaining("password.containsUsername");
    }

    @Test
    void countsCharacterClasses() {
        assertThat(PasswordPolicy.classes("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("aB3")).isEqualTo(3);
        assertThat(PasswordPolicy.classes("aB3#")).isEqualTo(4);
    }

    @RepeatedTest(20)
    void oneTimePasswordsPassThePolicy() {
        String generated = policy.generateOneTimePassword();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
        assertThatCode(() -> policy.check("anyone", generated)).doesNotThrowAnyException();
        assertThat(PasswordPolicy.classes(generated)).isEqualTo(4);
    }
}
