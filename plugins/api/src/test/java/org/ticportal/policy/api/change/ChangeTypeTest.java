package org.ticportal.policy.api.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.change.ChangeType.Part;
import org.ticportal.policy.api.procedure.Actor;

class ChangeTypeTest {

    private static final LocalizedText RENAME = new LocalizedText("更名", "Rename");
    private static final List<Actor> CHAIN = List.of(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);

    @Test
    void aChangeNeedsSomeoneToApproveIt() {
        assertThatThrownBy(() -> new ChangeType("RENAME", RENAME, List.of(), true, "第十五条"))
                .hasMessageContaining("needs someone to approve it");
    }

    @Test
    void theApprovalChainKeepsItsOrder() {
        ChangeType t = new ChangeType("RENAME", RENAME, CHAIN, true, null);

        assertThat(t.approvalChain()).containsExactly(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
        assertThat(t.article()).isEmpty();
    }

    @Test
    void theOldConstructorLetsARenameChangeTheNameOnlyAndAnyOtherChangeEverythingElse() {
        ChangeType rename = new ChangeType("RENAME", RENAME, CHAIN, true, "第十五条");
        ChangeType other = new ChangeType("RESTRUCTURE", RENAME, CHAIN, false, "第十五条");

        assertThat(rename.affects()).containsExactly(Part.NAME);
        assertThat(other.affects()).containsExactlyInAnyOrder(Part.RESEARCH_DIRECTIONS, Part.LEAD_UNIT,
                Part.CO_BUILDERS, Part.INSTITUTES);
        assertThat(other.affects(Part.NAME)).isFalse();
    }

    @Test
    void aTypeRenamesExactlyWhenItAffectsTheName() {
        assertThatThrownBy(() -> new ChangeType("X", RENAME, CHAIN, true, "", Set.of(Part.LEAD_UNIT)))
                .hasMessageContaining("renames exactly when it affects the NAME");
        assertThatThrownBy(() -> new ChangeType("X", RENAME, CHAIN, false, "", Set.of(Part.NAME)))
                .hasMessageContaining("renames exactly when it affects the NAME");
        assertThatThrownBy(() -> new ChangeType("X", RENAME, CHAIN, false, "", Set.of()))
                .hasMessageContaining("must change something");

        ChangeType restructure = ChangeType.of("RESTRUCTURE", RENAME, CHAIN, "第十五条", Part.LEAD_UNIT,
                Part.CO_BUILDERS);
        assertThat(restructure.renames()).isFalse();
        assertThat(restructure.affects(Part.LEAD_UNIT)).isTrue();
        assertThat(ChangeType.of("RENAME", RENAME, CHAIN, "", Part.NAME).renames()).isTrue();
    }

    @Test
    void aConversionSourceWithoutScoringSheetIsNotScored() {
        ConversionSource s = new ConversionSource("ENGINEERING_CENTER", new LocalizedText("市工程技术研究中心",
                "Engineering center"), true, null, "第十六条");

        assertThat(s.scoringSheet()).isEmpty();
        assertThat(s.simplifiedProcedure()).isTrue();
    }
}
