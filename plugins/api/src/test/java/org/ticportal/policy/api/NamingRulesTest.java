package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.NamingRules.Constraint;

class NamingRulesTest {

    private static final List<String> ENTERPRISE_WORDS = List.of("有限公司", "集团");

    private static NamingRules rules(Constraint... constraints) {
        return new NamingRules("忻州市{core}技术创新中心", Set.of(constraints), ENTERPRISE_WORDS, "第九条第（三）项");
    }

    private static List<String> problems(NamingRules rules, String core) {
        return rules.problems(core).stream().map(LocalizedText::zh).toList();
    }

    @Test
    void theFullNamePutsTheStrippedCoreIntoThePattern() {
        assertThat(rules().fullName(" 煤机智能制造 ")).isEqualTo("忻州市煤机智能制造技术创新中心");
    }

    @Test
    void aPatternWithoutCoreIsRefused() {
        assertThatThrownBy(() -> new NamingRules("忻州市技术创新中心", Set.of(), List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{core}");
    }

    @Test
    void aFittingNameHasNoProblems() {
        NamingRules all = rules(Constraint.NO_LATIN, Constraint.NO_DIGITS, Constraint.NO_PUNCTUATION,
                Constraint.NO_ENTERPRISE_NAME, Constraint.UNIQUE);

        assertThat(all.problems("煤机智能制造")).isEmpty();
    }

    @Test
    void anEmptyNameIsAProblemWhateverTheConstraints() {
        assertThat(problems(rules(), "")).containsExactly("请填写中心名称");
        assertThat(problems(rules(), "  ")).containsExactly("请填写中心名称");
        assertThat(problems(rules(), null)).containsExactly("请填写中心名称");
    }

    @Test
    void latinLettersAndPinyinAreRefusedWhenTheMeasuresSaySo() {
        assertThat(problems(rules(Constraint.NO_LATIN), "AI芯片")).containsExactly("名称不得含有拉丁字母或拼音");
        assertThat(problems(rules(Constraint.NO_LATIN), "ＡＩ芯片")).hasSize(1);
        assertThat(problems(rules(), "AI芯片")).isEmpty();
    }

    @Test
    void digitsAreRefusedWhenTheMeasuresSaySo() {
        assertThat(problems(rules(Constraint.NO_DIGITS), "5G通信")).containsExactly("名称不得含有阿拉伯数字");
        assertThat(problems(rules(Constraint.NO_DIGITS), "５G通信")).hasSize(1);
        assertThat(problems(rules(Constraint.NO_DIGITS), "五G通信")).isEmpty();
        assertThat(problems(rules(), "5G通信")).isEmpty();
    }

    @Test
    void punctuationIsRefusedWhenTheMeasuresSaySo() {
        assertThat(problems(rules(Constraint.NO_PUNCTUATION), "新材料、装备")).containsExactly("名称不得含有标点符号");
        assertThat(problems(rules(Constraint.NO_PUNCTUATION), "“新”材料")).hasSize(1);
        assertThat(problems(rules(), "新材料、装备")).isEmpty();
    }

    @Test
    void enterpriseWordsAreRefusedOneProblemPerWord() {
        List<String> found = problems(rules(Constraint.NO_ENTERPRISE_NAME), "忻州煤机集团有限公司");

        assertThat(found).hasSize(2);
        assertThat(found).anySatisfy(p -> assertThat(p).contains("有限公司"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("集团"));
        assertThat(problems(rules(), "忻州煤机集团有限公司")).isEmpty();
    }

    @Test
    void uniquenessIsLeftToTheHost() {
        assertThat(rules(Constraint.UNIQUE).problems("煤机智能制造")).isEmpty();
    }

    @Test
    void everyProblemHasAnEnglishText() {
        NamingRules all = rules(Constraint.NO_LATIN, Constraint.NO_DIGITS, Constraint.NO_PUNCTUATION,
                Constraint.NO_ENTERPRISE_NAME);

        assertThat(all.problems("A1、集团")).hasSize(4).allSatisfy(p -> assertThat(p.en()).isNotBlank());
    }

    @Test
    void aMissingArticleBecomesEmpty() {
        assertThat(new NamingRules("{core}中心", Set.of(), List.of(), null).article()).isEmpty();
    }
}
