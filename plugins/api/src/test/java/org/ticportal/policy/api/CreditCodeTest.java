package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodesWithTheirCheckCharacter() {
        // codes printed on public business licences
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("911100001000231012")).isFalse();
        assertThat(CreditCode.isValid("91110000100023101X")).isFalse();
    }

    @Test
    void refusesAWrongCheckCharacterOrForbiddenLetters() {
        String first17 = "91140902MA0DEMX01";
        char check = CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(first17 + check)).isTrue();
        char wrong = check == '0' ? '1' : '0';
        assertThat(CreditCode.isValid(first17 + wrong)).isFalse();
        assertThat(CreditCode.isValid("91140902MA0DEMO01" + check)).as("O is not in the alphabet").isFalse();
        assertThat(CreditCode.isValid("123")).isFalse();
    }
}
