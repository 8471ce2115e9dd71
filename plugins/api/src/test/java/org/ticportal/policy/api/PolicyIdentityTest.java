package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyIdentityTest {

    private static final LocalizedText NAME = new LocalizedText("忻州市", "Xinzhou");

    private static PolicyIdentity identity(String id, LocalDate effective) {
        return new PolicyIdentity(id, "140900", NAME, NAME, null, NAME, effective, PolicyStatus.TRIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinzhou", "shanxi", "xinzhou-2026", "sx2"})
    void lowerCaseSlugsAreValidIds(String id) {
        assertThatCode(() -> identity(id, null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xinzhou", "x", "2026-xinzhou", "xin_zhou", "xin zhou", "忻州", "-xinzhou", ""})
    void otherIdsAreRefused(String id) {
        assertThatThrownBy(() -> identity(id, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policy id must match");
    }

    @Test
    void anIdLongerThanSixtyFourCharactersIsRefused() {
        assertThatCode(() -> identity("x" + "a".repeat(63), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> identity("x" + "a".repeat(64), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingDocumentNumberIsEmptyAndAMissingEffectiveDateIsUnknown() {
        PolicyIdentity p = identity("xinzhou", null);

        assertThat(p.documentNumber()).isEmpty();
        assertThat(p.effectiveDateIfKnown()).isEmpty();
        assertThat(identity("xinzhou", LocalDate.of(2026, 1, 1)).effectiveDateIfKnown())
                .contains(LocalDate.of(2026, 1, 1));
    }
}
