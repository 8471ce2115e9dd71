package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.testkit.EnglishTexts;

/** English-speaking users read every text of the Xinzhou measures in English. */
class XinzhouEnglishTest {

    @Test
    void everyTextThePolicyShowsHasItsEnglishRendering() {
        assertThat(EnglishTexts.missingIn(new XinzhouPolicy())).isEmpty();
    }

    @Test
    void theWalkFindsATextWithoutEnglish() {
        XinzhouPolicy withAGap = new XinzhouPolicy() {
            @Override
            public Map<String, LocalizedText> messages() {
                return Map.of("gap", new LocalizedText("只有中文", ""));
            }
        };
        assertThat(EnglishTexts.missingIn(withAGap)).containsExactly("messages[gap]: 只有中文");
    }
}
