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
 * An evaluation result under public notice before it takes effect (绩效评估结果公示; API 0.2.5's result notice, art. 14
 * of the Xinzhou measures as the model): under a city's policy whose results are noticed for 5 working days
 * ({@code notecity} of the core tests' {@link EvaluationPolicies}, uploaded as an outside city's plugin), a center
 * recognised through the services has its evaluation filed, reviewed and scored 良好 through the services; the bureau
 * records the result in the browser: 结果公示中 with the day it takes effect, the center still 正常 and not yet
 * outstanding; anyone, without login, finds the result on 绩效评估结果公示 — reached from the public registry — with
 * the notice period in Chinese dates, 公示中 and the issuing bureau to object to.
 */
class ResultNoticeJourneyIT extends BrowserJourney {

    private static final String CITY = "991000";
    private static final String PASSWORD = "Journey#2026r";

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
    void aResultIsPubliclyNoticedBeforeItTakesEffect() {
        installNotecity();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String credit = TemplateSamples.creditCode("note" + suffix);
        Unit unit = units.save(new Unit("结果公示旅程有限公司" + suffix, credit, "990101", clock.instant()));
        String applicant = "rja" + suffix;
        String district = "rjd" + suffix;
        String bureau = "rjb" + suffix;
        Acting.as(security, "admin", Role.ADMIN, () -> {
            users.create(new UserDraft(applicant, "申报人", null, null, Role.APPLICANT, null, unit.getId()));
            users.create(new UserDraft(district, "东区审核", null, null, Role.COUNTY, "990101", null));
            return null;
        });
        var created = Acting.as(security, "admin", Role.ADMIN, () -> users.create(new UserDraft(bureau, "公示市科技局",
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
        assertThat(center.status()).isEqualTo(CenterStatus.ACTIVE);
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());

        // its evaluation: opened, filed, reviewed and accepted (the draw), scored 85 (良好) by both experts
        Acting.as(security, bureau, Role.BUREAU, () -> roundService.openRound("结果公示评估", PortalDay.today()));
        long id = Acting.as(security, bureau, Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(center.name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
        Acting.as(security, applicant, Role.APPLICANT, () -> evaluations.submitSelfAssessment(id,
                reader.get(id).row().version(), "评估期内完成研发项目3项，服务企业20家。", Map.of()));
        Acting.as(security, district, Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(),
                "审核通过"));
        Acting.as(security, bureau, Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(),
                "受理"));
        List<String> panel = Acting.as(security, bureau, Role.BUREAU, () -> reader.get(id)).seats().stream()
                .map(EvaluationViews.Seat::username).toList();
        assertThat(panel).containsExactlyInAnyOrderElementsOf(pool);
        for (String expert : panel) {
            Acting.as(security, expert, Role.EXPERT, () -> evaluations.score(id, Map.of("INNOVATION",
                    new BigDecimal("50"), "SERVICE", new BigDecimal("35")), "运行情况良好"));
        }

        // the bureau records the result in the browser: under notice, effective after 5 working days
        login(bureau, PASSWORD);
        menu();
        driver.get(url("evaluations/" + id));
        click(By.id("evaluation-decide"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-grade"), "良好"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-state"), "结果公示中"));
        assertThat(textOf(By.id("evaluation-outcome"))).contains("保留");
        EvaluationViews.Detail decided = Acting.as(security, bureau, Role.BUREAU, () -> reader.get(id));
        assertThat(decided.row().state()).isEqualTo(EvaluationState.NOTICE);
        java.time.LocalDate effective = java.util.Objects.requireNonNull(decided.effectiveOn());
        assertThat(textOf(By.id("evaluation-effective"))).isEqualTo(zh(effective));
        screenshot("evaluation-result-under-notice");
        assertThat(driver.findElement(By.id("evaluation-public-notice")).getText()).isEqualTo("查看公示页面");
        assertThat(Acting.as(security, bureau, Role.BUREAU, () -> centers.get(center.id())).status())
                .as("not applied while under notice").isEqualTo(CenterStatus.ACTIVE);

        // anyone, without login: from the public registry to the result notices
        driver.manage().deleteAllCookies();
        driver.get(url("public/centers"));
        click(By.id("registry-result-notices"));
        wait.until(d -> d.findElements(By.cssSelector("#result-notices-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).anyMatch(t -> t.equals(center.name())));
        List<String> cells = driver.findElements(By.cssSelector("#result-notices-grid vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList();
        assertThat(cells).contains(center.name(), "良好")
                .anySatisfy(c -> assertThat(c).startsWith("保留"))
                .anySatisfy(c -> assertThat(c).endsWith("至" + zh(effective.minusDays(1))))
                .contains("公示中（" + zh(effective) + "起生效）")
                .contains("请于" + zh(effective.minusDays(1)) + "前以书面形式向示例市科学技术局提出"
                        + "（异议受理电话：0350-1234567；通讯地址：市科学技术局）");
        assertThat(driver.getTitle()).contains("绩效评估结果公示");
        screenshot("evaluation-result-notices-public");
    }

    private static String zh(java.time.LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** Uploads {@code notecity} as the administrator does, once per test context. */
    private void installNotecity() {
        Acting.as(security, "admin", Role.ADMIN, () -> {
            if (plugins.plugins().stream().anyMatch(p -> "notecity".equals(p.id()))) {
                return null;
            }
            try (Stream<Path> built = Files.list(EvaluationPolicies.withNoticeCity(Files.createDirectories(
                    Path.of("target", "it-plugins", "notecity-" + UUID.randomUUID())).toAbsolutePath()))) {
                Path jar = built.filter(p -> p.getFileName().toString().startsWith("notecity")).findFirst()
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
        String login = "rx" + UUID.randomUUID().toString().substring(0, 8);
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
