package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.UniqueNames;

/**
 * The Xinzhou procedure (《忻州市技术创新中心认定管理办法(试行)》第九条) walked to a recognised center through both channels
 * of 第九条第（一）项, every step clicked by the role that owns it, logged in as that user: a county unit through 忻府区's
 * recommendation, and a municipal unit directly to the bureau, whose notice draws a public objection that the bureau
 * dismisses. The centers' decisions and certificates are downloaded and their text read back; each actor's e-mails are
 * read from the journeys' SMTP server ({@link JourneyMail}).
 *
 * <p>What is not clicked: the application form's content and its evidence files are saved by the applicant's own
 * service calls (the form has dozens of fields, which the form journeys click); the notice period's five working days
 * are moved into the past in the database (the portal's clock cannot be moved in a running portal), and the portal's
 * nightly closer is then called as its schedule would.
 */
class RecognitionJourneyIT extends BrowserJourney {

    private static final String MAIL_DOMAIN = "@xinzhou.example";

    /** Scores of the Xinzhou sheet per expert: totals 95, 70 and 80; trimmed mean 80.00. */
    private static final List<Map<String, String>> SCORES = List.of(
            Map.of("integration", "15", "ipResults", "20", "director", "10", "team", "15", "conditions", "15",
                    "policyFit", "10", "plan", "10"),
            Map.of("integration", "10", "ipResults", "15", "director", "8", "team", "10", "conditions", "10",
                    "policyFit", "7", "plan", "10"),
            Map.of("integration", "12", "ipResults", "17", "director", "8", "team", "12", "conditions", "12",
                    "policyFit", "9", "plan", "10"));

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    PanelDrawService panels;
    @Autowired
    ExpertService experts;
    @Autowired
    NoticeCloser closer;
    @Autowired
    CenterService centers;
    @Autowired
    UnitRepository units;
    @Autowired
    UnitAccounts unitAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    /** The experts who sat on this journey's panel. */
    private final List<String> panelists = new ArrayList<>();

    @BeforeEach
    void everyoneHasAnAddress() {
        // the demo accounts come without e-mail addresses: each gets one, as its user would enter it
        jdbc.update("update app_user set email = concat(username, ?) where email is null or email = ''",
                MAIL_DOMAIN);
    }

    @Test
    void aCountyUnitIsRecommendedByItsCountyAndRecognised() throws Exception {
        // the applicant files in the open call and submits to 忻府区
        login("applicant", demoPassword());
        menu();
        long id = fileInTheDemoCall("recognition-county");
        String coreName = "示范新材料" + UniqueNames.suffix();
        Acting.as(security, "applicant", Role.APPLICANT, () -> fill(id, coreName, null));
        driver.get(url("applications/" + id));
        takeStep("SUBMIT_TO_COUNTY", "县（市、区）科技主管部门审核推荐");
        String reference = referenceOf(id);
        screenshot("recognition-county-submitted");
        logout();

        // 忻府区 works its checklist and recommends with its letter
        login("county", demoPassword());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-applications")));
        click(By.xpath("//vaadin-grid[@id='inbox-applications']//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"));
        wait.until(ExpectedConditions.urlContains("/applications/" + id));
        verifyChecklist(id, "county", Role.COUNTY);
        openTab("办理");
        click(By.id("action-RECOMMEND"));
        stepText("recommendation-letterNumber", "忻府科推〔2026〕21号");
        stepDate("recommendation-date", PortalDay.today());
        stepArea("recommendation-opinion", "材料真实，同意推荐");
        stepUpload("recommendation-letter", "推荐函.pdf");
        screenshot("recognition-county-recommend");
        confirmStep("市科技局复核");
        logout();

        bureauAcceptsDrawsAndExpertsConclude(id, reference, "recognition-county");
        applicantResubmitsThePlan("applicant", demoPassword(), id);
        bureauDecidesInTheMeeting(id, reference, "recognition-county");
        long noticeId = bureauPublishes(id, reference, "2026年第二批忻州市技术创新中心认定公示（" + coreName + "）");

        // the public sees the notice without logging in
        driver.get(url("public/notices"));
        click(By.xpath("//a[contains(normalize-space(.), '" + coreName + "')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notice-period"), "公示期："));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains(coreName)));
        screenshot("recognition-county-public-notice");

        // the period ends without objection; the portal's closer recognises the center
        endTheNotice(id, noticeId);
        assertThat(closer.closeEndedNotices()).isPositive();
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id))
                .orElseThrow();

        theUnitReadsItsCenter("applicant", demoPassword(), id, reference, center, coreName, "recognition-county");
        thePublicRegistryListsIt(center, "recognition-county");

        // what each actor received by e-mail
        mailed("county", reference, "县（市、区）科技主管部门审核推荐");
        mailed("bureau", reference, "市科技局复核");
        mailed("bureau", reference, "市科技局党组会议研究");
        for (String expert : panelists) {
            JourneyMail.awaitSubject(expert + MAIL_DOMAIN, s -> s.contains(reference) && s.contains("专家论证"),
                    "about its seat on the panel of " + reference);
        }
        mailed("applicant", reference, "根据专家意见完善建设方案");
        String outcome = JourneyMail.awaitSubject("applicant" + MAIL_DOMAIN,
                s -> s.contains("办结：" + reference), "with the outcome of " + reference);
        assertThat(outcome).startsWith("【技术创新中心认定】").contains("认定为忻州市技术创新中心");
        // nobody is told of a step that is not theirs: the county hears nothing after its recommendation
        assertThat(JourneyMail.subjects("county" + MAIL_DOMAIN)).filteredOn(s -> s.contains(reference))
                .hasSize(1);
    }

    @Test
    void aMunicipalUnitSubmitsDirectlyAndTheBureauDismissesAPublicObjection() throws Exception {
        // a municipal unit (市直单位, registered under the city itself) and its administrator
        String tag = UniqueNames.suffix();
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        String unitName = "忻州市直旅程研究院" + suffix;
        String admin = "direct.admin" + suffix;
        String password = "Direct#Unit2026";
        String first17 = "12140900" + String.format("%08d", Long.parseLong(suffix)) + "1";
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        long unitId = units.save(new Unit(unitName, creditCode, "140900", Instant.now())).getId();
        SystemAuthentication.call(() -> unitAccounts.createUnitAdministrator(unitId, new UserDraft(admin, "孙管理",
                admin + MAIL_DOMAIN, null, Role.APPLICANT, null, unitId), password));

        login(admin, password);
        menu();
        long id = fileInTheDemoCall("recognition-direct");
        String coreName = "市直材料" + tag;
        Acting.as(security, admin, Role.APPLICANT, () -> fill(id, coreName, Map.of("leadUnit.name", unitName,
                "leadUnit.creditCode", creditCode, "leadUnit.registeredBody", "140900")));
        driver.get(url("applications/" + id));
        openTab("办理");
        assertThat(driver.findElements(By.id("action-SUBMIT_TO_COUNTY"))).as("a municipal unit has no county")
                .isEmpty();
        takeStep("SUBMIT_TO_BUREAU", "市科技局复核");
        String reference = referenceOf(id);
        screenshot("recognition-direct-submitted");
        logout();

        bureauAcceptsDrawsAndExpertsConclude(id, reference, "recognition-direct");
        applicantResubmitsThePlan(admin, password, id);
        bureauDecidesInTheMeeting(id, reference, "recognition-direct");
        long noticeId = bureauPublishes(id, reference, "2026年第三批忻州市技术创新中心认定公示（" + coreName + "）");

        // a member of the public objects on the notice page
        driver.get(url("public/notices/" + noticeId));
        fillObjection("钱七", "该中心的研发场地面积与实际不符", "14090219850505123", "13900002222");
        screenshot("recognition-direct-objection");
        click(By.id("objection-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-done"), "已提交"));

        // the bureau receives it
        login("bureau", demoPassword());
        menu();
        driver.get(url("notices/" + noticeId));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("钱七")));
        long objectionId = jdbc.queryForObject("select max(id) from notice_objection where notice_id = ?",
                Long.class, noticeId);
        click(By.id("objection-receive-" + objectionId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objection-decide-" + objectionId)));
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().stage()))
                .isEqualTo("OBJECTION_HANDLING");
        screenshot("recognition-direct-objection-received");

        // a visitor opens the form while the period runs; the period ends; the late objection is refused
        driver.get(url("public/notices/" + noticeId));
        fillObjection("赵八", "逾期提出的异议", "14090219850505123", "13900002222");
        endTheNotice(id, noticeId);
        click(By.id("objection-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "逾期异议不予受理"));
        screenshot("recognition-direct-late-objection-refused");
        // the closer leaves an application under objection alone
        closer.closeEndedNotices();
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().stage()))
                .isEqualTo("OBJECTION_HANDLING");

        // the bureau dismisses it with reasons and a reply: recognised
        driver.get(url("notices/" + noticeId));
        click(By.id("objection-decide-" + objectionId));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#objection-reasons textarea")))
                .sendKeys("经现场核查，研发场地面积与产权证明一致，异议不成立");
        uploadInto(By.id("objection-reply"), pdfFile("异议答复.pdf"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-reply-name"), "异议答复"));
        screenshot("recognition-direct-objection-decide");
        click(By.id("objection-confirm"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("异议不成立")));
        screenshot("recognition-direct-objection-dismissed");
        logout();
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id))
                .orElseThrow();

        theUnitReadsItsCenter(admin, password, id, reference, center, coreName, "recognition-direct");
        thePublicRegistryListsIt(center, "recognition-direct");

        // what each actor received by e-mail: no county in this channel
        mailed("bureau", reference, "市科技局复核");
        mailed("bureau", reference, "市科技局党组会议研究");
        for (String expert : panelists) {
            JourneyMail.awaitSubject(expert + MAIL_DOMAIN, s -> s.contains(reference) && s.contains("专家论证"),
                    "about its seat on the panel of " + reference);
        }
        JourneyMail.awaitSubject(admin + MAIL_DOMAIN, s -> s.contains(reference) && s.contains("根据专家意见完善建设方案"),
                "asking for the revised plan");
        JourneyMail.awaitSubject(admin + MAIL_DOMAIN, s -> s.contains("办结：" + reference)
                && s.contains("认定为忻州市技术创新中心"), "with the outcome");
        assertThat(JourneyMail.subjects("county" + MAIL_DOMAIN)).noneMatch(s -> s.contains(reference));
        assertThat(JourneyMail.subjects("city" + MAIL_DOMAIN)).noneMatch(s -> s.contains(reference));
    }

    // ---- the applicant ----

    /** 申报管理 → 新建申报: 忻州市, the demo call; the new application's id. */
    private long fileInTheDemoCall(String shot) {
        driver.get(url("applications"));
        click(By.id("application-new"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '忻州市')]"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '演示批次')]"));
        screenshot(shot + "-new-application");
        click(By.id("application-create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form-version")));
        Matcher m = Pattern.compile("applications/(\\d+)").matcher(driver.getCurrentUrl());
        assertThat(m.find()).as(driver.getCurrentUrl()).isTrue();
        assertThat(textOf(By.id("application-call-fact"))).contains("演示批次");
        return Long.parseLong(m.group(1));
    }

    /**
     * The application's content and evidence, saved as its applicant would on the form (in the applicant's
     * security context): a complete Xinzhou application with a core name of its own, 忻州师范学院 as co-builder and
     * the demo unit 忻州示范新材料有限公司 as a second one (the experts of both are excluded from the draw, so that
     * the panel is drawn from the experts with a login).
     */
    private Object fill(long id, String coreName, Map<String, Object> overrides) {
        XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
        Map<String, Object> values = new HashMap<>(XinzhouSamples.completeApplication());
        values.put("coreName", coreName);
        values.put("coBuilders", List.of(
                Map.of("name", ExpertSamples.CO_BUILDER, "mode", "AGREEMENT", "contribution", 30),
                Map.of("name", "忻州示范新材料有限公司", "mode", "AGREEMENT", "contribution", 20)));
        if (overrides != null) {
            values.putAll(overrides);
        }
        return applications.saveDraft(id, applications.get(id).row().version(), values, Map.of());
    }

    /** After the experts' conclusion: the applicant uploads the revised plan and submits it (完善建设方案). */
    private void applicantResubmitsThePlan(String user, String password, long id) throws IOException {
        login(user, password);
        menu();
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "完善建设方案"));
        openTab("办理");
        click(By.id("action-RESUBMIT_PLAN"));
        stepUpload("planRevision-plan", "建设方案（修改稿）.pdf");
        stepArea("planRevision-changes", "按专家意见补充了共建投入和产业化路线");
        confirmStep("党组会议");
        logout();
    }

    // ---- the bureau and the experts ----

    private void bureauAcceptsDrawsAndExpertsConclude(long id, String reference, String shot) {
        login("bureau", demoPassword());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-applications")));
        click(By.xpath("//vaadin-grid[@id='inbox-applications']//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"));
        wait.until(ExpectedConditions.urlContains("/applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "复核"));
        verifyChecklist(id, "bureau", Role.BUREAU);
        screenshot(shot + "-bureau-checklist");
        openTab("办理");
        click(By.id("action-ACCEPT"));
        confirmStep("专家论证");

        // 专家组: 随机抽取
        click(By.id("application-panel-link"));
        click(By.id("panel-draw"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-members")));
        assertThat(textOf(By.id("panel-record-facts"))).contains("随机种子");
        screenshot(shot + "-panel-drawn");
        logout();

        PanelViews.Panel panel = Acting.as(security, "bureau", Role.BUREAU, () -> panels.panel(id)).orElseThrow();
        assertThat(panel.members()).hasSize(3);
        List<String> order = new ArrayList<>();
        String head = null;
        for (PanelViews.Member m : panel.members()) {
            String username = Acting.as(security, "bureau", Role.BUREAU, () -> experts.get(m.expertId()))
                    .getUsername();
            assertThat(username).as("a drawn expert with a login").isNotBlank();
            if (m.leader()) {
                head = username;
            } else {
                order.add(username);
            }
        }
        order.add(head);
        panelists.clear();
        panelists.addAll(order);

        for (int i = 0; i < 3; i++) {
            String expert = order.get(i);
            login(expert, demoPassword());
            menu();
            driver.get(url("expert"));
            click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + reference + "']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-declaration")));
            click(By.id("declare-no-conflict"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-application")));
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
            if (i == 0) {
                screenshot(shot + "-expert-scored");
            }
            if (i == 2) {
                assertThat(textOf(By.id("assignment-preview"))).contains("80.00");
                click(By.xpath("//vaadin-radio-button[contains(., '专家论证通过')]"));
                textArea("conclusion-opinion", "专家组建议认定，请根据意见完善建设方案。");
                click(By.id("conclusion-record"));
                assertThat(textOf(By.id("assignment-result"))).contains("80.00");
                screenshot(shot + "-expert-head-concluded");
            }
            logout();
        }
    }

    /** 党组会议: a new meeting, the candidate on its agenda, the minutes, 党组会议通过 recorded. */
    private void bureauDecidesInTheMeeting(long id, String reference, String shot) throws IOException {
        login("bureau", demoPassword());
        menu();
        driver.get(url("meetings"));
        click(By.id("meeting-new"));
        type("meeting-title", "市科技局党组会议（" + reference + "）");
        date("meeting-date", PortalDay.today());
        click(By.id("meeting-save"));
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        click(By.id("meeting-add-items"));
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#meeting-candidates-filter input")));
        filter.sendKeys(reference);
        filter.sendKeys(Keys.ENTER);
        waitForServer();
        checkRow("meeting-candidates", reference);
        screenshot(shot + "-meeting-candidates");
        click(By.id("meeting-add-selected"));
        wait.until(d -> gridCells().contains(reference));
        // the meeting is held: its day, minutes number and minutes; the decision 党组会议通过
        date("meeting-held-on", PortalDay.today());
        type("meeting-minutes-number", "党纪〔2026〕" + (ThreadLocalRandom.current().nextInt(90) + 10) + "号");
        uploadInto(By.id("meeting-minutes-upload"), pdfFile("党组会议纪要.pdf"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-minutes-name"), "党组会议纪要"));
        String decision = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-select[starts-with(@id, 'meeting-decision-')]"))).getAttribute("id");
        choose(decision, "党组会议通过");
        screenshot(shot + "-meeting-record");
        click(By.id("meeting-record"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("meeting-record")));
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().stage()))
                .isEqualTo("PUBLIC_NOTICE");
        screenshot(shot + "-meeting-recorded");
        logout();
    }

    /** 公示管理: builds the notice of this candidate and publishes it; the notice's id. */
    private long bureauPublishes(long id, String reference, String title) {
        login("bureau", demoPassword());
        menu();
        driver.get(url("notices"));
        click(By.id("notice-new"));
        type("notice-title", title);
        type("notice-contactPhone", "0350-3021234");
        type("notice-contactAddress", "忻州市和平街1号 忻州市科学技术局");
        click(By.xpath("//vaadin-grid[@id='notice-candidates']//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"));
        click(By.id("notice-save"));
        click(By.id("notice-publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-facts"), "公示中"));
        Matcher m = Pattern.compile("notices/(\\d+)").matcher(driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        screenshot(title.contains("第二批") ? "recognition-county-notice-published"
                : "recognition-direct-notice-published");
        logout();
        return Long.parseLong(m.group(1));
    }

    /**
     * The notice period is over: its dates move a week back (the five working days cannot pass in a running test;
     * the portal's clock is the system's).
     */
    private void endTheNotice(long id, long noticeId) {
        LocalDate end = PortalDay.today().minusDays(7);
        jdbc.update("update public_notice set period_start = ?, period_end = ? where id = ?", end.minusDays(7), end,
                noticeId);
        jdbc.update("update recognition_application set notice_start = ?, notice_end = ?, "
                + "notice_end_provisional = false where id = ?", end.minusDays(7), end, id);
    }

    // ---- the recognised center ----

    /** The unit's user: the bell's 办结, the center's page, the decision and certificate read back. */
    private void theUnitReadsItsCenter(String user, String password, long id, String reference, CenterRow center,
                                       String coreName, String shot) throws Exception {
        assertThat(center.name()).startsWith("忻州市").contains(coreName).endsWith("技术创新中心");
        login(user, password);
        menu();
        assertThat(Integer.parseInt(textOf(By.id("notification-count")))).isPositive();
        click(By.id("notification-bell"));
        wait.until(ExpectedConditions.urlContains("/notifications"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("办结：" + reference)));
        screenshot(shot + "-notifications");

        driver.get(url("applications/" + id));
        click(By.id("application-center"));
        wait.until(ExpectedConditions.urlContains("/centers/" + center.id()));
        assertThat(textOf(By.id("center-name"))).isEqualTo(center.name());
        assertThat(textOf(By.id("center-number"))).isEqualTo(center.decisionNumber());
        screenshot(shot + "-center");
        for (String document : List.of("center-decision", "center-certificate")) {
            String href = wait.until(ExpectedConditions.elementToBeClickable(By.id(document))).getAttribute("href");
            byte[] pdf = fetch(href);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(document).isEqualTo("%PDF-");
            String text = pdfText(pdf);
            assertThat(text).as(document + "'s text").contains(center.name());
            if (document.equals("center-decision")) {
                assertThat(text).as("the decision's number").contains(center.decisionNumber());
            }
        }
        logout();
    }

    /** /public/centers, without login. */
    private void thePublicRegistryListsIt(CenterRow center, String shot) {
        driver.get(url("public/centers"));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(gridCells()).contains(center.decisionNumber(), center.leadUnitName());
        screenshot(shot + "-registry");
    }

    // ---- mail ----

    /** The demo user received the 待办 mail of the application's stage. */
    private void mailed(String user, String reference, String stage) {
        String subject = JourneyMail.awaitSubject(user + MAIL_DOMAIN,
                s -> s.contains("待办：" + reference) && s.contains(stage), "待办 for " + stage + " of " + reference);
        assertThat(subject).startsWith("【技术创新中心认定】");
    }

    // ---- screens ----

    private String referenceOf(long id) {
        return Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().referenceNo());
    }

    /** Marks verified, on the 核查清单 tab, every blocking item this user may mark. */
    private void verifyChecklist(long id, String user, Role role) {
        List<String> mine = Acting.as(security, user, role, () -> checklist.items(id)).stream()
                .filter(ChecklistItem::markable).filter(ChecklistItem::blocks).map(ChecklistItem::ruleId).toList();
        openTab("核查清单");
        for (String rule : mine) {
            String css = rule.replace(".", "\\.");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checklist-note-" + css
                    + " textarea"))).sendKeys("已核对原件");
            click(By.id("checklist-verify-" + rule));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist-state-" + rule),
                    "核实通过"));
        }
    }

    private void takeStep(String action, String stage) {
        openTab("办理");
        click(By.id("action-" + action));
        confirmStep(stage);
    }

    private void confirmStep(String stage) {
        click(By.id("step-confirm"));
        wait.until(d -> {
            List<WebElement> errors = d.findElements(By.id("step-errors"));
            if (!errors.isEmpty() && errors.get(0).isDisplayed() && !errors.get(0).getText().isBlank()) {
                throw new AssertionError("the step was refused: " + errors.get(0).getText());
            }
            return d.findElement(By.id("application-stage")).getText().contains(stage);
        });
    }

    private void stepText(String key, String text) {
        type("field-" + key, text);
    }

    private void stepArea(String key, String text) {
        textArea("field-" + key, text);
    }

    private void stepDate(String key, LocalDate day) {
        date("field-" + key, day);
    }

    private void stepUpload(String key, String fileName) throws IOException {
        uploadInto(By.id("upload-" + key), pdfFile(fileName));
        String shown = fileName.substring(0, fileName.lastIndexOf('.'));
        wait.until(d -> d.findElement(By.id("field-" + key)).getText().contains(shown));
    }

    private void uploadInto(By upload, Path file) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(upload));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", element);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForServer();
    }

    /** Ticks the selection checkbox of the grid's row that shows this text (a multi-selection grid). */
    private void checkRow(String gridId, String text) {
        WebElement box = wait.until(d -> (WebElement) js("const grid = document.getElementById(arguments[0]);"
                + "const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + "  .find(c => c.textContent.trim() === arguments[1]);"
                + "if (!cell) return null;"
                + "const slot = grid.shadowRoot.querySelector('slot[name=\"' + cell.slot + '\"]');"
                + "const row = slot && slot.closest('tr');"
                + "if (!row) return null;"
                + "const first = row.querySelector('slot');"
                + "const content = grid.querySelector('vaadin-grid-cell-content[slot=\"' + first.name + '\"]');"
                + "return content && content.querySelector('vaadin-checkbox');", gridId, text));
        box.click();
        waitForServer();
    }

    // ---- files ----

    /** A small PDF with this name, as the user's scanner would give one. */
    private static Path pdfFile(String name) throws IOException {
        Path dir = Files.createTempDirectory("journey-upload");
        return Files.write(dir.resolve(name), ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The PDF's text as pdftotext reads it, without whitespace (a name may break across lines). */
    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("center", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }

}
