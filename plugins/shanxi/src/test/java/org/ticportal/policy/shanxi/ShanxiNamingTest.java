package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.NamingRules.Constraint;

class ShanxiNamingTest {

    private final NamingRules naming = new ShanxiPolicy().naming();

    @Test
    void centersAreNamedShanxiProvinceCoreTechnologyInnovationCenter() {
        assertThat(naming.fullName("碳基新材料")).isEqualTo("山西省碳基新材料技术创新中心");
        assertThat(naming.article()).contains("晋科发〔2020〕64号").contains("2024年申报通知");
    }

    @Test
    void aCleanNameOfStandardCharactersPasses() {
        assertThat(naming.problems("碳基新材料")).isEmpty();
        assertThat(naming.problems("煤层气高效开发")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第3代半导体", "第３代半导体"})
    void arabicNumeralsAreRefused(String core) {
        assertThat(naming.problems(core)).extracting(p -> p.zh()).containsExactly("名称不得含有阿拉伯数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SiC半导体", "tanji新材料"})
    void latinLettersAndPinyinAreRefused(String core) {
        assertThat(naming.problems(core)).extracting(p -> p.zh()).containsExactly("名称不得含有拉丁字母或拼音");
    }

    @ParameterizedTest
    @ValueSource(strings = {"碳基·新材料", "半导体（晋城）", "煤机、智能制造", "新能源-汽车"})
    void punctuationIsRefused(String core) {
        assertThat(naming.problems(core)).extracting(p -> p.zh()).containsExactly("名称不得含有标点符号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"太钢集团不锈钢", "潞安化工有限公司煤化工", "华阳股份新材料"})
    void enterpriseNamesAreRefused(String core) {
        assertThat(naming.problems(core)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.zh()).startsWith("名称不得含有企业名称"));
    }

    @Test
    void nearDuplicatesOfOtherCentersAndKeyLabsAreAskedOfTheHost() {
        assertThat(naming.constraints()).containsExactlyInAnyOrder(Constraint.NO_LATIN, Constraint.NO_DIGITS,
                Constraint.NO_PUNCTUATION, Constraint.NO_ENTERPRISE_NAME, Constraint.UNIQUE);
        assertThat(naming.forbiddenWords()).contains("有限公司", "有限责任公司", "股份", "集团", "公司");
    }
}
