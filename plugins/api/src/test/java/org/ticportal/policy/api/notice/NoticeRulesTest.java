package org.ticportal.policy.api.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class NoticeRulesTest {

    private static final ObjectionRules OBJECTIONS = new ObjectionRules(true, true, true, true, 10,
            new LocalizedText("异议须在公示期内书面提出。", "Object in writing within the notice period."));

    @Test
    void aNoticeLastsAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> new NoticeRules(0, true, "市科技局网站", OBJECTIONS, "第九条"))
                .hasMessageContaining("at least one working day");
    }

    @Test
    void aNoticeNeedsObjectionRules() {
        assertThatThrownBy(() -> new NoticeRules(5, true, "市科技局网站", null, "第九条"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingPlaceAndArticleBecomeEmpty() {
        NoticeRules n = new NoticeRules(5, true, null, OBJECTIONS, null);

        assertThat(n.where()).isEmpty();
        assertThat(n.article()).isEmpty();
        assertThat(n.workingDays()).isEqualTo(5);
    }
}
