package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;

/** Rules that read the case's dates (API 0.2.5). */
class RuleDatesTest {

    private static final LocalizedText TITLE = new LocalizedText("注册成立满一年", "Registered for a year");
    private static final EligibilityRule A_YEAR = Rules.registeredFor("3.1b", RuleKind.AUTO, TITLE, "第三条第（一）项",
            Period.ofYears(1));
    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    private static RuleContext context(Map<String, Object> values, LocalDate filed, LocalDate today) {
        return new RuleContext(ApplicationData.of(values), HostQueries.NONE, PolicySettings.of(List.of(), Map.of()),
                filed.getYear(), filed, today, ApplicationData.of(values).text(FieldKeys.LEAD_UNIT_REGISTERED_ON)
                .map(LocalDate::parse).orElse(null));
    }

    private static RuleResult registeredOn(String day) {
        Map<String, Object> values = new HashMap<>();
        values.put(FieldKeys.LEAD_UNIT_REGISTERED_ON, day);
        return A_YEAR.check(context(values, FILED, FILED.plusMonths(2)));
    }

    @Test
    void aUnitRegisteredAYearBeforeFilingMeetsItAndOneADayLaterDoesNot() {
        assertThat(registeredOn("2025-03-02").outcome()).isEqualTo(RuleOutcome.PASS);
        RuleResult late = registeredOn("2025-03-03");
        assertThat(late.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(late.message().zh()).isEqualTo("注册成立满一年：2025-03-03 至申报日 2026-03-02，要求满1年");
        assertThat(late.article()).isEqualTo("第三条第（一）项");
        assertThat(A_YEAR.requirement().en()).isEqualTo("Registered for a year (1 year by filing)");
    }

    @Test
    void anUnknownRegistrationDayDoesNotMeetIt() {
        RuleResult unknown = A_YEAR.check(context(Map.of(), FILED, FILED));
        assertThat(unknown.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(unknown.message().zh()).contains("日期未填写");
    }

    @Test
    void theFilingDayNotTodayCounts() {
        // checked again months after filing: the unit has a year by now, but had not when it filed
        Map<String, Object> values = Map.of(FieldKeys.LEAD_UNIT_REGISTERED_ON, "2025-06-01");
        assertThat(A_YEAR.check(context(values, FILED, LocalDate.of(2026, 7, 1))).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void anyDateFieldCanBeCountedToTheFilingDay() {
        EligibilityRule agreement = Rules.dateBeforeFiling("3.6", RuleKind.SOFT, new LocalizedText("共建协议签订满半年",
                "Agreement signed half a year before"), "第三条第（六）项", "agreement.signedOn", Period.ofMonths(6));
        assertThat(agreement.check(context(Map.of("agreement.signedOn", "2025-09-02"), FILED, FILED)).outcome())
                .isEqualTo(RuleOutcome.PASS);
        RuleResult recent = agreement.check(context(Map.of("agreement.signedOn", "2025-12-01"), FILED, FILED));
        assertThat(recent.outcome()).isEqualTo(RuleOutcome.WARN);
        assertThat(recent.message().en()).contains("6 months required");
        assertThatThrownBy(() -> Rules.dateBeforeFiling("x", RuleKind.AUTO, TITLE, "", "d", Period.ZERO))
                .hasMessageContaining("must be positive");
    }

    @Test
    void theContextRefusesAFilingAfterTodayAndForgetsARegistrationInTheFuture() {
        assertThatThrownBy(() -> context(Map.of(), FILED.plusDays(1), FILED))
                .hasMessageContaining("filed after today");
        RuleContext future = new RuleContext(ApplicationData.of(Map.of()), HostQueries.NONE,
                PolicySettings.of(List.of(), Map.of()), 2026, FILED, FILED, FILED.plusDays(1));
        assertThat(future.unitRegistered()).isEmpty();
    }

    @Test
    void theOldConstructorReadsTheRegistrationDayFromTheForm() {
        RuleContext old = new RuleContext(ApplicationData.of(Map.of(FieldKeys.LEAD_UNIT_REGISTERED_ON, "2020-01-15")),
                HostQueries.NONE, PolicySettings.of(List.of(), Map.of()), 2020);
        assertThat(old.unitRegistered()).contains(LocalDate.of(2020, 1, 15));
        assertThat(old.filingDate()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(old.date("nothing")).isEmpty();
    }
}
