package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.BuildCity;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.Acting;

/**
 * Approved to build, then not accepted, as the bureau sees it (plugin API 0.2.5): under a city's policy that approves
 * centers for construction first ({@code buildcity}, uploaded as an outside city's plugin), a case the meeting passed
 * shows the construction period's last day; the applicant asks for the acceptance review; the bureau records that the
 * acceptance failed, with its reasons, on the application's screen, which then says 建设验收未通过, not a rejection.
 */
class ConstructionJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Journey#2026x";

    @Autowired
    PluginAdminService plugins;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    @Test
    void theBureauSeesTheConstructionPeriodAndRecordsAFailedAcceptance() throws Exception {
        Path jars = Files.createTempDirectory("buildcity");
        Path jar = TestPluginBuilder.fromTemplate("buildcity", "1.0.0", BuildCity::policy)
                .resource("forms/application.json", BuildCity.form()).buildJar(jars);
        Acting.as(security, "admin", Role.ADMIN, () -> {
            if (plugins.plugins().stream().noneMatch(p -> "buildcity".equals(p.id()))) {
                try (InputStream in = Files.newInputStream(jar)) {
                    PluginCandidate candidate = plugins.validate(jar.getFileName().toString(), in);
                    plugins.install(candidate.token());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return null;
        });
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("建设期旅程有限公司" + suffix, creditCode, "990101", clock.instant()));
        String applicant = "jap" + suffix;
        String district = "jdi" + suffix;
        String bureau = "jbu" + suffix;
        Acting.as(security, "admin", Role.ADMIN, () -> {
            users.create(new UserDraft(applicant, "申报人", null, null, Role.APPLICANT, null, unit.getId()));
            users.create(new UserDraft(district, "东区审核", null, null, Role.COUNTY, "990101", null));
            return null;
        });
        var created = Acting.as(security, "admin", Role.ADMIN,
                () -> users.create(new UserDraft(bureau, "建设市科技局", null, null, Role.BUREAU, null, null, "990900")));
        Acting.as(security, bureau, Role.BUREAU, () -> {
            users.changeOwnPassword(created.oneTimePassword(), PASSWORD);
            return null;
        });
        long id = Acting.as(security, applicant, Role.APPLICANT, () -> applications.create("990900")).row().id();
        Map<String, Object> values = BuildCity.application(creditCode,
                TemplateSamples.uniqueCoreName(Integer.toHexString(suffix.hashCode() & 0xffff)));
        Acting.as(security, applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                applications.get(id).row().version(), values, Map.of("3.5", "说明")));
        step(applicant, Role.APPLICANT, id, "SUBMIT", null);
        Acting.as(security, district, Role.COUNTY, () -> applications.perform(id, applications.get(id).row().version(),
                "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕9号",
                        "recommendation.date", LocalDate.now(clock))));
        Acting.as(security, bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        step(bureau, Role.BUREAU, id, "ACCEPT", "材料齐全");
        step(bureau, Role.BUREAU, id, "PASS", "批准建设");
        LocalDate lastDay = LocalDate.now(clock).plusMonths(36).minusDays(1);

        // the bureau opens the case: approved to build, with the period's last day
        login(bureau, PASSWORD);
        menu();
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-stage-expires")));
        assertThat(textOf(By.id("application-stage"))).isEqualTo("批准建设");
        assertThat(textOf(By.id("application-stage-expires"))).contains("期限届满日")
                .contains(String.valueOf(lastDay.getYear()));
        assertThat(driver.findElements(By.id("application-outcome"))).isEmpty();
        screenshot("construction-period");

        // the applicant asks for the acceptance review; the bureau records the panel's negative conclusion
        step(applicant, Role.APPLICANT, id, "REQUEST_ACCEPTANCE", "建设任务完成，申请验收");
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "建设验收"));
        openTab("办理");
        click(By.id("action-NOT_ACCEPTED"));
        textArea("step-comment", "研发投入未达建设任务书要求");
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-outcome")));
        assertThat(textOf(By.id("application-stage"))).isEqualTo("验收未通过");
        assertThat(textOf(By.id("application-outcome"))).isEqualTo("建设验收未通过");
        assertThat(driver.findElement(By.id("application-outcome")).getAttribute("theme")).contains("error");
        assertThat(driver.findElements(By.id("application-stage-expires"))).isEmpty();
        screenshot("acceptance-failed");
    }

    private void step(String user, Role role, long id, String code, String comment) {
        Acting.as(security, user, role, () -> applications.perform(id, applications.get(id).row().version(), code,
                comment, Map.of()));
    }
}
