package org.ticportal.core.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * What recognition reads of the application form into the profile's institutes, governance and public services (arts.
 * 6–7, 11 and 13 of the Xinzhou measures): a comprehensive center's headquarters first, then the table's rows; the
 * services named from the catalog, each once; the governance description and the charter's name and day.
 */
class CenterProfileFormTest {

    @Test
    void institutesStartWithTheHeadquartersOfAComprehensiveCenter() {
        List<Map<String, Object>> rows = List.of(
                Map.of("name", "专业研究所甲", "location", "忻府区", "field", "新材料", "area", 120),
                Map.of("name", " ", "location", "空行"),
                Map.of("name", "专业研究所甲", "location", "重复"),
                Map.of("name", "专业研究所乙"));
        assertThat(CenterRecognizer.institutes(rows, "牵头单位")).containsExactly(
                new Institute("牵头单位", null, null, true),
                new Institute("专业研究所甲", "忻府区", "新材料", false),
                new Institute("专业研究所乙", null, null, false));
        assertThat(CenterRecognizer.institutes(rows, null)).extracting(Institute::headquarters)
                .containsExactly(false, false);
        assertThat(CenterRecognizer.institutes(null, null)).isEmpty();
    }

    @Test
    void servicesAreNamedFromTheCatalogAndListedOnce() {
        Map<String, LocalizedText> names = Map.of("TESTING", new LocalizedText("检验检测", "Testing"));
        assertThat(CenterRecognizer.services(List.of("TESTING", "OTHER", "TESTING", " "), names)).containsExactly(
                new PublicService("TESTING", "检验检测", "Testing"), new PublicService("OTHER", null, null));
        assertThat(CenterRecognizer.services("TESTING", names)).isEmpty();
        assertThat(new PublicService("OTHER", null, null).label()).isEqualTo(new LocalizedText("OTHER", "OTHER"));
    }

    @Test
    void governanceTakesTheDescriptionAndTheCharter() {
        Map<String, Object> values = new HashMap<>();
        values.put(FieldKeys.GOVERNANCE_DESCRIPTION, "  理事会决策制  ");
        Governance g = CenterRecognizer.governanceOf(values, Map.entry("章程.pdf", LocalDate.of(2026, 3, 1)));
        assertThat(g).isEqualTo(new Governance("理事会决策制", null, null, null, null, "章程.pdf",
                LocalDate.of(2026, 3, 1)));
        assertThat(CenterRecognizer.governanceOf(Map.of(), null).isEmpty()).isTrue();
    }

    @Test
    void theComparisonNamesTheGovernanceParts() {
        assertThat(CenterProfiles.board(new Governance(null, "张三", null, null, null, null, null)).zh())
                .isEqualTo("理事长（董事长）张三");
        assertThat(CenterProfiles.committee(new Governance(null, null, null, null, 7, null, null)).en())
                .isEqualTo("7 members");
        assertThat(CenterProfiles.committee(Governance.NONE)).isNull();
        assertThat(CenterProfiles.institute(new Institute("本部", null, "综合", true)).en())
                .isEqualTo("本部 (综合) [headquarters]");
    }
}
