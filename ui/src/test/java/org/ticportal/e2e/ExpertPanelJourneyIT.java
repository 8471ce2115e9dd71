package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.ui.PortalDay;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;

/**
 * Expert argumentation as its users click it: the bureau draws a panel of three for a Xinzhou application (the expert
 * of the co-builder 忻州师范学院 is skipped and the record says why), each expert logs in, declares, records the visit
 * and scores; the head concludes, and the trimmed mean and the conclusion appear on the application.
 */
class ExpertPanelJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    PanelDrawService panels;
    @Autowired
    ExpertService experts;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    ChecklistService checklist;

    /** Scores of the Xinzhou sheet per expert: totals 95, 70 and 80; trimmed mean 80.00 (the plain mean is 81.67). */
    private static final List<Map<String, String>> SCORES = List.of(
            Map.of("integration", "15", "ipResults", "20", "director", "10", "team", "15", "conditions", "15",
                    "policyFit", "10", "plan", "10"),
            Map.of("integration", "10", "ipResults", "15", "director", "8", "team", "10", "conditions", "10",
                    "policyFit", "7", "plan", "10"),
            Map.of("integration", "12", "ipResults", "17", "director", "8", "team", "12", "conditions", "12",
                    "policyFit", "9", "plan", "10"));

    @Test
    void theBureauDrawsAPanelTheExpertsScoreAndTheHeadConcludesWithTheTrimmedMean() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id)).row().referenceNo();

        // the bureau opens the application, goes to its panel and draws
        login("bureau", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        click(By.id("application-panel-link"));
        click(By.id("panel-draw"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-members")));
        assertThat(gridCells()).contains("共建单位的专家", ExpertSamples.CO_BUILDER, "申报单位的专家");
        assertThat(textOf(By.id("panel-record-facts"))).contains("随机种子");
        screenshot("expert-panel-drawn");
        // the batch screen lists it as drawn, with a link to its panel
        driver.get(url("panels/batch"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-batch-grid")));
        assertThat(gridCells()).contains(reference);
        screenshot("panel-batch");
        logout();

        PanelViews.Panel panel = Acting.as(security, "bureau", Role.BUREAU, () -> panels.panel(id)).orElseThrow();
        assertThat(panel.members()).hasSize(3);
        List<String> order = new ArrayList<>();
        String head = null;
        for (PanelViews.Member m : panel.members()) {
            String username = Acting.as(security, "bureau", Role.BUREAU, () -> experts.get(m.expertId()))
                    .getUsername();
            if (m.leader()) {
                head = username;
            } else {
                order.add(username);
            }
        }
        order.add(head);

        for (int i = 0; i < 3; i++) {
            String expert = order.get(i);
            login(expert, demoPassword());
            assertThat(menu()).contains("我的评审任务");
            driver.get(url("expert"));
            click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + reference + "']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-declaration")));
            assertThat(driver.findElements(By.id("assignment-application"))).as("nothing before the declaration")
                    .isEmpty();
            if (i == 0) {
                screenshot("expert-declaration");
            }
            click(By.id("declare-no-conflict"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-application")));
            if (i == 0) {
                // the filed form, read-only with the policy's labels, and its files to download
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-attachments")));
                screenshot("expert-application-read-only");
            }

            date("site-visit-date", PortalDay.today());
            date("defense-date", PortalDay.today());
            click(By.id("visit-save"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-submit")));
            for (Map.Entry<String, String> score : SCORES.get(i).entrySet()) {
                type("score-" + score.getKey(), score.getValue());
            }
            textArea("score-opinion", "专家意见：建议完善共建投入（" + expert + "）");
            click(By.id("score-submit"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("score-submit")));
            if (i == 2) {
                // the head sees the panel's trimmed mean and records the conclusion
                assertThat(textOf(By.id("assignment-preview"))).contains("80.00");
                screenshot("expert-head-before-conclusion");
                click(By.xpath("//vaadin-radio-button[contains(., '专家论证通过')]"));
                textArea("conclusion-opinion", "专家组建议认定，请根据意见完善建设方案。");
                click(By.id("conclusion-record"));
                assertThat(textOf(By.id("assignment-result"))).contains("80.00");
                screenshot("expert-head-concluded");
            }
            logout();
        }

        // the conclusion is the step taken, and the score appears on the application
        login("applicant", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        assertThat(textOf(By.id("application-panel-result"))).contains("80.00").contains("专家论证通过");
        assertThat(textOf(By.id("application-stage"))).contains("完善建设方案");
        screenshot("expert-result-for-applicant");
    }
}
