package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The naming rule sees the applicant unit's own name (API 0.2.5). */
class ApplicantUnitNameTest {

    private static final NamingRules RULES = new NamingRules("忻州市{core}技术创新中心",
            Set.of(NamingRules.Constraint.NO_ENTERPRISE_NAME, NamingRules.Constraint.NO_APPLICANT_UNIT_NAME),
            List.of("有限公司", "集团"), "第十一条");

    @Test
    void theUnitsNameLosesItsOrganisationFormAndThePatternsPlace() {
        assertThat(RULES.unitNameCore("忻州示范新材料有限公司")).isEqualTo("示范新材料");
        assertThat(RULES.unitNameCore("忻州市晋岚集团股份有限公司")).isEqualTo("晋岚");
        assertThat(RULES.unitNameCore("山西华鑫煤机（忻州）有限责任公司")).isEqualTo("山西华鑫煤机");
        assertThat(RULES.unitNameCore("忻州师范学院")).isEqualTo("师范");
        assertThat(RULES.unitNameCore("某有限公司")).as("too little remains").isEmpty();
        assertThat(RULES.unitNameCore(null)).isEmpty();
    }

    @Test
    void aCoreNameWithTheApplicantsNameIsRefusedAndOneWithoutPasses() {
        assertThat(RULES.problems("示范新材料", "忻州示范新材料有限公司"))
                .extracting(LocalizedText::zh).containsExactly("名称不得含有申报单位的名称（“示范新材料”）");
        assertThat(RULES.problems("先进陶瓷", "忻州示范新材料有限公司")).isEmpty();
        assertThat(RULES.problems("新材料", "忻州示范新材料有限公司")).as("a part of it is no name").isEmpty();
        assertThat(RULES.problems("示范新材料", null)).isEmpty();
    }

    @Test
    void withoutTheConstraintTheUnitsNameIsAllowedAsBefore() {
        NamingRules words = new NamingRules("忻州市{core}技术创新中心", Set.of(NamingRules.Constraint.NO_ENTERPRISE_NAME),
                List.of("有限公司"), "第十一条");
        assertThat(words.problems("示范新材料", "忻州示范新材料有限公司")).isEmpty();
        assertThat(words.problems("示范有限公司", "忻州示范新材料有限公司")).hasSize(1);
    }
}
