package org.ticportal.policy.api.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

class ChangeTypeTest {

    private static final LocalizedText RENAME = new LocalizedText("更名", "Rename");

    @Test
    void aChangeNeedsSomeoneToApproveIt() {
        assertThatThrownBy(() -> new ChangeType("RENAME", RENAME, List.of(), true, "第十五条"))
                .hasMessageContaining("needs someone to approve it");
    }

    @Test
    void theApprovalChainKeepsItsOrder() {
        ChangeType t = new ChangeType("RENAME", RENAME, List.of(Actor.RECOMMENDING_BODY, Actor.AUTHORITY), true,
                null);

        assertThat(t.approvalChain()).containsExactly(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
        assertThat(t.article()).isEmpty();
    }

    @Test
    void aConversionSourceWithoutScoringSheetIsNotScored() {
        ConversionSource s = new ConversionSource("ENGINEERING_CENTER", new LocalizedText("市工程技术研究中心",
                "Engineering center"), true, null, "第十六条");

        assertThat(s.scoringSheet()).isEmpty();
        assertThat(s.simplifiedProcedure()).isTrue();
    }
}
