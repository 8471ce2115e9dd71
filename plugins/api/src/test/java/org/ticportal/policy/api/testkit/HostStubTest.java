package org.ticportal.policy.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostStubTest {

    @Test
    void itKnowsWhatItIsToldAndAnswersNoToEverythingElse() {
        HostStub host = new HostStub().directing("14090219700101001X").applied("91140902MA0K123455", 2026)
                .holding("91140902MA0K123455", "ENGINEERING_CENTER").nameTaken("忻州市煤机智能制造技术创新中心");

        assertThat(host.personDirectsAnotherPlatform("14090219700101001X")).isTrue();
        assertThat(host.personDirectsAnotherPlatform("140902198001010011")).isFalse();
        assertThat(host.unitAppliedInYear("91140902MA0K123455", 2026)).isTrue();
        assertThat(host.unitAppliedInYear("91140902MA0K123455", 2025)).isFalse();
        assertThat(host.unitHoldsPlatform("91140902MA0K123455", "ENGINEERING_CENTER")).isTrue();
        assertThat(host.unitHoldsPlatform("91140902MA0K123455", "KEY_LAB")).isFalse();
        assertThat(host.centerNameTaken("忻州市煤机智能制造技术创新中心")).isTrue();
        assertThat(new HostStub().centerNameTaken("忻州市煤机智能制造技术创新中心")).isFalse();
    }
}
