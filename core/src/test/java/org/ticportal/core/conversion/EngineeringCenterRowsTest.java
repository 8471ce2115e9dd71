package org.ticportal.core.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.policy.api.LocalizedText;

/** The mapping guessed from headers and the row checks of the engineering center import, without a database. */
class EngineeringCenterRowsTest {

    private static final Map<String, LocalizedText> DIVISIONS = Map.of(
            "140902", new LocalizedText("忻府区", "Xinfu District"),
            "140981", new LocalizedText("原平市", "Yuanping City"));

    static String code(String seed) {
        String first17 = "91140900" + String.format("%09d", Math.abs(seed.hashCode()) % 1_000_000_000);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The code with another check character. */
    static String wrongCheck(String code) {
        char last = code.charAt(17);
        return code.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    @Test
    void theMappingIsGuessedFromTheHeadersWhateverTheirOrder() {
        Map<Integer, String> headers = Map.of(0, "序号", 1, "依托单位名称", 2, "工程技术研究中心名称",
                3, "认定年份", 4, "统一社会信用代码（18位）", 5, "所属县（市、区）", 6, "认定文号", 7, "备注");
        Map<ImportField, Integer> guess = ColumnMapping.guess(headers);
        assertThat(guess).containsEntry(ImportField.NAME, 2).containsEntry(ImportField.UNIT_NAME, 1)
                .containsEntry(ImportField.CREDIT_CODE, 4).containsEntry(ImportField.DIVISION, 5)
                .containsEntry(ImportField.RECOGNIZED_YEAR, 3).containsEntry(ImportField.DOCUMENT_NUMBER, 6)
                .doesNotContainKey(ImportField.FIELD);
        // English headers too
        assertThat(ColumnMapping.guess(Map.of(0, "Name", 1, "Unit", 2, "Credit code", 3, "County", 4, "Year")))
                .containsEntry(ImportField.NAME, 0).containsEntry(ImportField.UNIT_NAME, 1)
                .containsEntry(ImportField.CREDIT_CODE, 2).containsEntry(ImportField.DIVISION, 3)
                .containsEntry(ImportField.RECOGNIZED_YEAR, 4);
    }

    @Test
    void aMappingNeedsEveryRequiredFieldAndOneColumnPerField() {
        assertThatThrownBy(() -> new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.UNIT_NAME, 1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.mapping.missing");
        assertThatThrownBy(() -> new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.UNIT_NAME, 1,
                ImportField.CREDIT_CODE, 2, ImportField.DIVISION, 3, ImportField.RECOGNIZED_YEAR, 3)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.mapping.shared");
    }

    @Test
    void everyBadRowIsReportedWithItsReasonsAndGoodRowsAreRead() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.UNIT_NAME, 1,
                ImportField.CREDIT_CODE, 2, ImportField.DIVISION, 3, ImportField.RECOGNIZED_YEAR, 4,
                ImportField.FIELD, 5));
        TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
        rows.put(2, Map.of(0, "忻州市新材料工程技术研究中心", 1, "甲公司", 2, code("a"), 3, "忻府区", 4, "2019", 5, "新材料"));
        rows.put(3, Map.of(1, "乙公司", 2, code("b"), 3, "140981", 4, "2020年"));
        rows.put(4, Map.of(0, "丙中心", 1, "丙公司", 2, wrongCheck(code("c")), 3, "忻府区", 4, "2018"));
        rows.put(5, Map.of(0, "丁中心", 1, "丁公司", 2, code("d"), 3, "太原市", 4, "2018"));
        rows.put(6, Map.of(0, "忻州市新材料 工程技术研究中心", 1, "戊公司", 2, code("e"), 3, "原平市", 4, "2017"));
        rows.put(7, Map.of(0, "已有中心", 1, "己公司", 2, code("f"), 3, "原平市", 4, "2031"));
        List<Integer> seen = new ArrayList<>();

        EngineeringCenterRows.Checked checked = EngineeringCenterRows.check(rows, mapping, DIVISIONS,
                Set.of("已有中心"), Year.of(2026), seen::add);

        assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "conversion.import.nameMissing"),
                org.assertj.core.groups.Tuple.tuple(4, "conversion.import.creditCodeInvalid"),
                org.assertj.core.groups.Tuple.tuple(5, "conversion.import.divisionUnknown"),
                org.assertj.core.groups.Tuple.tuple(6, "conversion.import.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(7, "conversion.import.duplicateInRegistry"),
                org.assertj.core.groups.Tuple.tuple(7, "conversion.import.yearInvalid"));
        assertThat(checked.problems().get(3).arguments()).containsExactly("忻州市新材料工程技术研究中心", "2");
        assertThat(checked.problems().get(2).arguments()).containsExactly("太原市");
        assertThat(checked.good()).containsOnlyKeys(2);
        EngineeringCenterDraft first = checked.good().get(2);
        assertThat(first.divisionCode()).isEqualTo("140902");
        assertThat(first.recognizedYear()).isEqualTo(2019);
        assertThat(first.field()).isEqualTo("新材料");
    }

    @Test
    void yearsAndDivisionsAreReadAsSpreadsheetsGiveThem() {
        assertThat(EngineeringCenterRows.year("2019.0")).isEqualTo(2019);
        assertThat(EngineeringCenterRows.year("2019年")).isEqualTo(2019);
        assertThat(EngineeringCenterRows.year("去年")).isNull();
        assertThat(EngineeringCenterRows.divisionCode(DIVISIONS, "yuanping city")).isEqualTo("140981");
        assertThat(EngineeringCenterRows.divisionCode(DIVISIONS, "140999")).isNull();
    }
}
