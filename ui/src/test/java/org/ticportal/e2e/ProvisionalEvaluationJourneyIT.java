package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationPolicies;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.expert.ExpertDraft;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.Acting;
import org.ticportal.ui.PortalDay;

/**
 * A provisional center confirmed by its first evaluation, as the bureau sees it (API 0.2.5, 试运行): under a city's
 * policy whose recognition stage is PROVISIONAL ({@code provcity} of the core tests' {@link EvaluationPolicies},
 * uploaded as an outside city's plugin), a center recognised through the services is 试运行 on its page; its first
 * evaluation is filed, reviewed and scored 良好 through the services; the bureau records the result in the browser:
 * 确认 with the policy's recommend-upward flag, and the center page says 正常, its 评估记录 carrying the flag.
 */
class ProvisionalEvaluationJourneyIT extends BrowserJourney {

    private static final String CITY = "990700";
    private static final String PASSWORD = "Journey#2026p";

    @Autowired
    PluginAdminService plugins;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    CenterService centers;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    EvaluationReader reader;
    @Autowired
    EvaluationRoundService roundService;
    @Autowired
    ExpertService experts;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    @Test
    void aProvisionalCenterIsConfirmedByItsFirstEvaluation() {
        installProvcity();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String credit = TemplateSamples.creditCode("prov" + suffix);
        Unit unit = units.save(new Unit("试运行旅程有限公司" + suffix, credit, "990101", clock.instant()));
        String applicant = "pja" + suffix;
        String district = "pjd" + suffix;
        String bureau = "pjb" + suffix;
        Acting.as(security, "admin", Role.ADMIN, () -> {
            users.create(new UserDraft(applicant, "申报人", null, null, Role.APPLICANT, null, unit.getId()));
            users.create(new UserDraft(district, "东区审核", null, null, Role.COUNTY, "990101", null));
            return null;
        });
        var created = Acting.as(security, "admin", Role.ADMIN, () -> users.create(new UserDraft(bureau, "试运行市科技局",
                null, null, Role.BUREAU, null, null, CITY)));
        Acting.as(security, bureau, Role.BUREAU, () -> {
            users.changeOwnPassword(created.oneTimePassword(), PASSWORD);
            return null;
        });
        List<String> pool = List.of(expert(bureau, "材料专家" + suffix, "NEW_MATERIALS"),
                expert(bureau, "财务专家" + suffix, "FINANCE"));
        assertThat(pool).hasSize(2);

        CenterRow center = recognised(applicant, district, bureau, credit,
                TemplateSamples.uniqueCoreName(Integer.toHexString(suffix.hashCode() & 0xffff)));
        assertThat(center.status()).isEqualTo(CenterStatus.PROVISIONAL);
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());

        // its first evaluation: opened, filed, reviewed and accepted (the draw), scored 85 (良好) by both experts
        Acting.as(security, bureau, Role.BUREAU, () -> roundService.openRound("试运行中心评估", PortalDay.today()));
        long id = Acting.as(security, bureau, Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(center.name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
        Acting.as(security, applicant, Role.APPLICANT, () -> evaluations.submitSelfAssessment(id,
                reader.get(id).row().version(), "试运行期内完成研发项目3项，服务企业20家。", Map.of()));
        Acting.as(security, district, Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(),
                "审核通过"));
        Acting.as(security, bureau, Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(),
                "受理"));
        List<String> panel = Acting.as(security, bureau, Role.BUREAU, () -> reader.get(id)).seats().stream()
                .map(EvaluationViews.Seat::username).toList();
        assertThat(panel).containsExactlyInAnyOrderElementsOf(pool);
        for (String expert : panel) {
            Acting.as(security, expert, Role.EXPERT, () -> evaluations.score(id, Map.of("INNOVATION",
                    new BigDecimal("50"), "SERVICE", new BigDecimal("35")), "试运行情况良好"));
        }

        // the bureau sees the center 试运行, then records the result: 确认, recommended upward
        login(bureau, PASSWORD);
        menu();
        driver.get(url("centers/" + center.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "试运行"));
        screenshot("evaluation-provisional-center");
        driver.get(url("evaluations/" + id));
        click(By.id("evaluation-decide"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-grade"), "良好"));
        assertThat(textOf(By.id("evaluation-outcome"))).contains("确认").contains("优先推荐申报上级中心");
        assertThat(textOf(By.id("evaluation-reason"))).contains("确认为正式中心");
        screenshot("evaluation-provisional-confirmed");
        driver.get(url("centers/" + center.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "正常"));
        wait.until(d -> d.findElements(By.cssSelector("#center-grade-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).anyMatch(c -> c.contains("确认") && c.contains("优先推荐申报上级中心")));
        js("document.getElementById('center-grade-history').scrollIntoView({block: 'start'})");
        screenshot("evaluation-provisional-center-active");
    }

    /** Uploads {@code provcity} as the administrator does, once per test context. */
    private void installProvcity() {
        Acting.as(security, "admin", Role.ADMIN, () -> {
            if (plugins.plugins().stream().anyMatch(p -> "provcity".equals(p.id()))) {
                return null;
            }
            try (Stream<Path> built = Files.list(EvaluationPolicies.build())) {
                Path jar = built.filter(p -> p.getFileName().toString().startsWith("provcity")).findFirst()
                        .orElseThrow();
                try (InputStream in = Files.newInputStream(jar)) {
                    PluginCandidate candidate = plugins.validate(jar.getFileName().toString(), in);
                    plugins.install(candidate.token());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private String expert(String bureau, String name, String field) {
        String login = "px" + UUID.randomUUID().toString().substring(0, 8);
        Acting.as(security, bureau, Role.BUREAU, () -> experts.create(CITY, new ExpertDraft(name, name + "所在单位",
                null, "FULL_SENIOR", List.of(field), null, null, true), login));
        return login;
    }

    /** Filed, recommended, accepted, passed and publicly noticed through the services; the notice ended a week ago. */
    private CenterRow recognised(String applicant, String district, String bureau, String credit, String core) {
        long id = Acting.as(security, applicant, Role.APPLICANT, () -> applications.create(CITY)).row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(credit, "NEW_MATERIALS", 320));
        values.put("coreName", core);
        Acting.as(security, applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                applications.get(id).row().version(), values, Map.of("3.5", "去年为建设期")));
        Acting.as(security, applicant, Role.APPLICANT, () -> applications.perform(id,
                applications.get(id).row().version(), "SUBMIT", null, Map.of()));
        Acting.as(security, district, Role.COUNTY, () -> applications.perform(id, applications.get(id).row().version(),
                "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕9号",
                        "recommendation.date", PortalDay.today())));
        Acting.as(security, bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        Acting.as(security, bureau, Role.BUREAU, () -> applications.perform(id, applications.get(id).row().version(),
                "ACCEPT", "材料齐全", Map.of()));
        Acting.as(security, bureau, Role.BUREAU, () -> applications.perform(id, applications.get(id).row().version(),
                "PASS", "会议通过", Map.of()));
        NoticeSummary notice = Acting.as(security, bureau, Role.BUREAU,
                () -> NoticeSamples.publish(publicNotices, CITY, id));
        jdbc.update("update public_notice set period_start = ?, period_end = ?, provisional = false where id = ?",
                PortalDay.today().minusDays(14), PortalDay.today().minusDays(7), notice.id());
        jdbc.update("update recognition_application set notice_start = ?, notice_end = ?, "
                + "notice_end_provisional = false where id = ?", PortalDay.today().minusDays(14),
                PortalDay.today().minusDays(7), id);
        notices.closeEndedNotices();
        return Acting.as(security, bureau, Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }
}
