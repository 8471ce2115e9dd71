package org.ticportal.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.policy.SettingChange;
import org.ticportal.core.policy.SettingValue;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Calls for applications on real MariaDB, under a city's policy written from the plugin template whose measures take
 * applications in calls with quotas, outside calls only while a setting allows it, and one open application per unit
 * and call ({@code callcity}, jurisdiction 990600): the server refuses a submission after the close time (naming the
 * call and the time), a recommendation beyond the body's quota, a unit's second open application in one call (or
 * outside calls), and rolling filing once the setting is off. The bureau's edits are audited and locked optimistically.
 */
@IntegrationTest
class CallServiceIT {

    private static final String JURISDICTION = "990600";
    private static final String POLICY = "callcity";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path data = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
        registry.add("ticportal.data-dir", data::toString);
        registry.add("ticportal.plugins.dir", () -> plugins().toString());
        registry.add("ticportal.plugins.mode", () -> "deployment");
        String external = System.getenv(IntegrationTest.EXTERNAL_URL);
        if (external != null && !external.isBlank()) {
            registry.add("spring.datasource.url", () -> external);
            registry.add("spring.datasource.username", () -> env("TICPORTAL_TEST_DB_USER", "root"));
            registry.add("spring.datasource.password", () -> env("TICPORTAL_TEST_DB_PASSWORD", ""));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static Path plugins;

    /** The template as a city that runs calls: quotas, rolling filing by a setting, one application per call. */
    static synchronized Path plugins() {
        if (plugins == null) {
            try {
                plugins = Files.createDirectories(Path.of("target", "it-plugins", UUID.randomUUID().toString()))
                        .toAbsolutePath();
                TestPluginBuilder.fromTemplate(POLICY, "1.0.0", CallServiceIT::callCity).buildJar(plugins);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return plugins;
    }

    static String callCity(String source) {
        return source.replace("new PolicyIdentity(\"example\", \"990100\"", "new PolicyIdentity(\"callcity\", \"990600\"")
                .replace("return List.of(new SettingDefinition(\"call.contact\",",
                        "return List.of(new SettingDefinition(\"call.rollingFiling\", t(\"批次外可随时申报\", "
                                + "\"Filing outside calls\"), t(\"测试\", \"Test\"), SettingType.BOOLEAN, \"true\", "
                                + "List.of(), ART_6), new SettingDefinition(\"call.contact\",")
                .replace("    @Override\n    public List<SettingDefinition> settings() {",
                        "    @Override\n    public org.ticportal.policy.api.call.CallRules calls() {\n"
                                + "        return org.ticportal.policy.api.call.CallRules.rollingBySetting("
                                + "\"call.rollingFiling\", true, false, ART_6);\n    }\n\n"
                                + "    @Override\n    public List<SettingDefinition> settings() {");
    }

    @Autowired
    CallService calls;
    @Autowired
    ApplicationService applications;
    @Autowired
    PolicySettingsService settings;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PortalTime time;

    private String suffix;
    private String bureau;
    private String district;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        as("root", Role.ADMIN, () -> {
            bureau = users.create(new UserDraft("cb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    JURISDICTION)).user().getUsername();
            district = users.create(new UserDraft("cd" + suffix, "东区", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            return null;
        });
    }

    /** An applicant of a new unit in the district 990101, with its credit code and its center's name. */
    private record Applicant(String username, String creditCode, String coreName, String director) {
    }

    /** Each unit's center and director, so that no two applications share a name or a director. */
    private static final Map<String, List<String>> CENTERS = Map.of("a", List.of("精密陶瓷", "张研究员"),
            "b", List.of("特种玻璃", "李研究员"), "e", List.of("智能装备", "赵研究员"), "l", List.of("生物医药", "钱研究员"),
            "t", List.of("新型储能", "孙研究员"), "d", List.of("节能环保", "周研究员"), "r", List.of("现代农业", "吴研究员"));

    private Applicant applicant(String tag) {
        String code = TemplateSamples.creditCode(suffix + tag);
        Unit unit = units.save(new Unit("呼叫测试公司" + suffix + tag, code, "990101", java.time.Instant.now()));
        String name = as("root", Role.ADMIN, () -> users.create(new UserDraft("ca" + tag + suffix, "申报人", null,
                null, Role.APPLICANT, null, unit.getId())).user().getUsername());
        return new Applicant(name, code, CENTERS.get(tag).get(0) + ownChars(), CENTERS.get(tag).get(1));
    }

    /**
     * Chinese characters of this run's own (a center name may hold no digits): other tests in the same database file
     * centers of the same names, and the policy refuses a name another application uses.
     */
    private String ownChars() {
        StringBuilder chars = new StringBuilder();
        for (char c : suffix.toCharArray()) {
            chars.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16) & 15));
        }
        return chars.toString();
    }

    private CallSummary openCall(String title, Map<String, Integer> quotas) {
        LocalDateTime now = time.local(java.time.Instant.now());
        return as(bureau, Role.BUREAU, () -> calls.create(new CallDraft(JURISDICTION, title + suffix,
                now.minusDays(1), now.plusDays(30), quotas)));
    }

    /** Files in the call (or outside calls), fills in a complete application and submits it. */
    private ApplicationDetail fileAndSubmit(Applicant who, Long callId) {
        ApplicationDetail filed = filedDraft(who, callId);
        return as(who.username(), Role.APPLICANT, () -> applications.perform(filed.row().id(), filed.row().version(),
                "SUBMIT", null, Map.of()));
    }

    private ApplicationDetail filedDraft(Applicant who, Long callId) {
        ApplicationDetail filed = as(who.username(), Role.APPLICANT, () -> applications.create(JURISDICTION, callId));
        Map<String, Object> values = new java.util.HashMap<>(TemplateSamples.completeApplication(who.creditCode(),
                "NEW_MATERIALS", 320));
        values.put("coreName", who.coreName());
        values.put("director.name", who.director());
        return as(who.username(), Role.APPLICANT, () -> applications.saveDraft(filed.row().id(),
                filed.row().version(), values, Map.of("3.5", "建设期")));
    }

    private ApplicationDetail recommend(ApplicationDetail app) {
        return as(district, Role.COUNTY, () -> applications.perform(app.row().id(), app.row().version(),
                "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕1号",
                        "recommendation.date", time.today())));
    }

    @Test
    void aSubmissionAfterTheCloseTimeIsRefusedOnTheServerNamingTheCallAndItsCloseTime() {
        CallSummary call = openCall("2026年度第一批", Map.of());
        Applicant early = applicant("e");
        Applicant late = applicant("l");
        assertThat(fileAndSubmit(early, call.id()).row().stage()).isEqualTo("COUNTY_REVIEW");
        ApplicationDetail draft = filedDraft(late, call.id());

        // the bureau closes the call: its close time moves to an hour ago
        LocalDateTime closed = time.local(java.time.Instant.now()).minusHours(1).withSecond(0).withNano(0);
        as(bureau, Role.BUREAU, () -> calls.update(call.id(), call.version(), new CallDraft(JURISDICTION,
                call.title(), time.local(call.opensAt()), closed, Map.of())));

        assertThatThrownBy(() -> as(late.username(), Role.APPLICANT, () -> applications.perform(draft.row().id(),
                draft.row().version(), "SUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("call.closed");
                    assertThat(e.getArguments()).containsExactly(call.title(), String.valueOf(closed.getYear()),
                            String.valueOf(closed.getMonthValue()), String.valueOf(closed.getDayOfMonth()),
                            String.format("%02d:%02d", closed.getHour(), closed.getMinute()));
                });
        assertThat(as(late.username(), Role.APPLICANT, () -> applications.get(draft.row().id())).row().stage())
                .isEqualTo("DRAFT");
        // and no new application is filed in it either
        Applicant third = applicant("t");
        assertThatThrownBy(() -> as(third.username(), Role.APPLICANT, () -> applications.create(JURISDICTION,
                call.id()))).isInstanceOf(BusinessException.class).hasMessageContaining("call.notOpen");
    }

    @Test
    void aRecommendingBodyCannotRecommendMoreThanItsQuotaInTheCall() {
        CallSummary call = openCall("限额批次", Map.of("990101", 1));
        assertThat(call.quotaOf("990101")).isEqualTo(1);
        ApplicationDetail first = fileAndSubmit(applicant("a"), call.id());
        ApplicationDetail second = fileAndSubmit(applicant("b"), call.id());

        assertThat(recommend(first).row().stage()).isEqualTo("BUREAU_REVIEW");
        assertThatThrownBy(() -> recommend(second)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("call.quotaExceeded");
            assertThat(e.getArguments()[1]).isEqualTo(call.title());
            assertThat(e.getArguments()[2]).isEqualTo("1");
        });
        assertThat(as(district, Role.COUNTY, () -> applications.get(second.row().id())).row().stage())
                .isEqualTo("COUNTY_REVIEW");

        // the bureau raises the quota: the second recommendation goes through
        CallSummary current = as(bureau, Role.BUREAU, () -> calls.find(call.id())).orElseThrow();
        as(bureau, Role.BUREAU, () -> calls.update(call.id(), current.version(), new CallDraft(JURISDICTION,
                call.title(), time.local(call.opensAt()), time.local(call.closesAt()),
                Map.of("990101", 2))));
        ApplicationDetail again = as(district, Role.COUNTY, () -> applications.get(second.row().id()));
        assertThat(recommend(again).row().stage()).isEqualTo("BUREAU_REVIEW");
    }

    /**
     * Two users of the district recommend at the same time in the call's last free quota slot. Each recommending
     * transaction has read its application (InnoDB's REPEATABLE READ takes its snapshot there) before either
     * recommends — a barrier holds both there — so that without the call's row lock and a locking count both would
     * count the slot free and both pass. Exactly one passes; the other is refused with the quota message and its
     * application stays in the district's review.
     */
    @Test
    void twoConcurrentRecommendationsInTheLastQuotaSlotDoNotBothPass() throws Exception {
        CallSummary call = openCall("并发限额批次", Map.of("990101", 1));
        ApplicationDetail first = fileAndSubmit(applicant("r"), call.id());
        ApplicationDetail second = fileAndSubmit(applicant("d"), call.id());
        String colleague = as("root", Role.ADMIN, () -> users.create(new UserDraft("cx" + suffix, "东区二", null, null,
                Role.COUNTY, "990101", null)).user().getUsername());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.function.BiFunction<String, ApplicationDetail, Callable<String>> recommending = (user, app) -> () ->
                as(user, Role.COUNTY, () -> tx.execute(status -> {
                    long version = applications.get(app.row().id()).row().version();
                    try {
                        bothHaveRead.await();
                    } catch (InterruptedException | BrokenBarrierException e) {
                        throw new IllegalStateException(e);
                    }
                    try {
                        return applications.perform(app.row().id(), version, "RECOMMEND", "同意推荐", Map.of(
                                "recommendation.letterNumber", "东科推〔2026〕9号", "recommendation.date",
                                time.today())).row().stage();
                    } catch (BusinessException e) {
                        status.setRollbackOnly();
                        return e.getMessageKey();
                    }
                }));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> one = pool.submit(recommending.apply(district, first));
            Future<String> other = pool.submit(recommending.apply(colleague, second));
            assertThat(List.of(one.get(), other.get())).containsExactlyInAnyOrder("BUREAU_REVIEW",
                    "call.quotaExceeded");
        } finally {
            pool.shutdownNow();
        }
        List<String> stages = List.of(first, second).stream().map(a -> as(district, Role.COUNTY,
                () -> applications.get(a.row().id())).row().stage()).toList();
        assertThat(stages).containsExactlyInAnyOrder("BUREAU_REVIEW", "COUNTY_REVIEW");
    }

    @Test
    void aUnitCannotHoldTwoOpenApplicationsInOneCallNorTwoOutsideCalls() {
        CallSummary call = openCall("重复申报批次", Map.of());
        Applicant unit = applicant("d");
        ApplicationDetail inCall = as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION,
                call.id()));
        assertThat(as(unit.username(), Role.APPLICANT, () -> applications.openDuplicate(JURISDICTION, call.id())))
                .contains(inCall.row().referenceNo());
        assertThatThrownBy(() -> as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION,
                call.id()))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("application.duplicate.call");
                    assertThat(e.getField()).isEqualTo("call");
                    assertThat(e.getArguments()).containsExactly(inCall.row().referenceNo(), call.title());
                });

        // outside calls the unit may file one, not two
        ApplicationDetail rolling = as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION, null));
        assertThatThrownBy(() -> as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.duplicate.rolling");

        // withdrawn, the application in the call no longer stands in the way
        as(unit.username(), Role.APPLICANT, () -> applications.perform(inCall.row().id(), inCall.row().version(),
                "WITHDRAW", null, Map.of()));
        assertThat(as(unit.username(), Role.APPLICANT, () -> applications.openDuplicate(JURISDICTION, call.id())))
                .isEmpty();
        assertThat(as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION, call.id())).row()
                .referenceNo()).isNotEqualTo(rolling.row().referenceNo());
    }

    @Test
    void filingOutsideCallsIsAllowedOnlyWhileThePolicySettingSaysSo() {
        Applicant unit = applicant("r");
        assertThat(as(unit.username(), Role.APPLICANT, () -> applications.filingOptions(JURISDICTION))
                .rollingFiling()).isTrue();
        setRolling("false");
        try {
            assertThat(as(unit.username(), Role.APPLICANT, () -> applications.filingOptions(JURISDICTION))
                    .rollingFiling()).isFalse();
            assertThatThrownBy(() -> as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("call.rollingNotAllowed");
                        assertThat(e.getField()).isEqualTo("call");
                    });
            CallSummary call = openCall("仅批次", Map.of());
            assertThat(as(unit.username(), Role.APPLICANT, () -> applications.filingOptions(JURISDICTION))
                    .openCalls()).extracting(CallSummary::id).contains(call.id());
            assertThat(as(unit.username(), Role.APPLICANT, () -> applications.create(JURISDICTION, call.id())).row()
                    .stage()).isEqualTo("DRAFT");
        } finally {
            setRolling("true");
        }
    }

    @Test
    void theBureauEditsItsOwnCallsWithOptimisticLockingAndEveryChangeIsInTheHistory() {
        CallSummary call = openCall("编辑批次", Map.of());
        // a close time before the open time, and a quota for a body that is not the policy's, are refused at the field
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> calls.update(call.id(), call.version(),
                new CallDraft(JURISDICTION, call.title(), LocalDateTime.of(2026, 12, 1, 9, 0),
                        LocalDateTime.of(2026, 11, 1, 9, 0), Map.of()))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> calls.update(call.id(), call.version(),
                new CallDraft(JURISDICTION, call.title(), time.local(call.opensAt()),
                        time.local(call.closesAt()), Map.of("123456", 3)))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("quotas"));

        CallSummary renamed = as(bureau, Role.BUREAU, () -> calls.update(call.id(), call.version(), new CallDraft(
                JURISDICTION, call.title() + "（延期）", time.local(call.opensAt()),
                time.local(call.closesAt()).plusDays(7), Map.of())));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> calls.update(call.id(), call.version(),
                new CallDraft(JURISDICTION, "过时的编辑", time.local(call.opensAt()),
                        time.local(call.closesAt()), Map.of()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        as(bureau, Role.BUREAU, () -> calls.attachDocument(call.id(), "申报通知.pdf", new ByteArrayInputStream(
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> calls.attachDocument(call.id(), "通知.pdf",
                new ByteArrayInputStream("MZ not a pdf".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("file.notPdf");
        assertThat(as(district, Role.COUNTY, () -> calls.openDocument(call.id())).fileName()).isEqualTo("申报通知.pdf");

        assertThat(as(bureau, Role.BUREAU, () -> calls.history(call.id(), PageRequest.of(0, 10,
                Sort.by("occurredAt", "id")))).getContent()).extracting(e -> e.getAction())
                .containsExactly("CALL_OPENED", "CALL_CHANGED", "CALL_DOCUMENT");
        assertThat(renamed.title()).endsWith("（延期）");

        // bureau staff of another jurisdiction cannot touch it; a county reviewer cannot open calls
        String other = as("root", Role.ADMIN, () -> users.create(new UserDraft("co" + suffix, "别市", null, null,
                Role.BUREAU, null, null, "990100")).user().getUsername());
        CallSummary now = as(bureau, Role.BUREAU, () -> calls.find(call.id())).orElseThrow();
        assertThatThrownBy(() -> as(other, Role.BUREAU, () -> calls.update(call.id(), now.version(), new CallDraft(
                JURISDICTION, "越权", time.local(call.opensAt()), time.local(call.closesAt()),
                Map.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> calls.create(new CallDraft(JURISDICTION, "越权",
                LocalDateTime.now(), LocalDateTime.now().plusDays(1), Map.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void setRolling(String value) {
        as("root", Role.ADMIN, () -> {
            SettingValue current = settings.settings(POLICY).stream()
                    .filter(s -> s.definition().key().equals("call.rollingFiling")).findFirst().orElseThrow();
            return settings.save(POLICY, List.of(new SettingChange("call.rollingFiling", value, current.version())));
        });
    }
}
