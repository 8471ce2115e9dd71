package org.ticportal.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.registration.Challenge;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * 公示管理's and 异议管理's grids on real MariaDB: two notices of 990800 (one published on 2026-04-30 with three
 * objections, one a draft) and one of 990100 with an objection. The bureau of 990800 sees its own notices and their
 * objections only, never 990100's; an administrator sees all, the objectors' names masked. Filters (title, state —
 * a running notice ends once its last day passed —, publication day, notice, objection state, the day filed, a text
 * that finds an objector by name only for the bureau), sorts and pages are the database's; each notice row counts its
 * centers and objections.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class NoticeGridIT {

    private static final String CITY = "990800";
    private static final String OTHER_CITY = "990100";
    private static final Challenge CHALLENGE = new Challenge(3, 4);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeReader reader;
    @Autowired
    ObjectionService objections;
    @Autowired
    PublicNoticeService publicNotices;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String suffix;
    private String creditCode;
    private String applicant;
    private String district;
    private String bureau;
    private String otherBureau;
    private String admin;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 4, 30));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("公示列表材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("nga" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("ngd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("ngb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            otherBureau = users.create(new UserDraft("ngo" + suffix, "他市局", null, null, Role.BUREAU, null, null,
                    OTHER_CITY)).user().getUsername();
            admin = users.create(new UserDraft("ngr" + suffix, "管理员", null, null, Role.ADMIN, null, null))
                    .user().getUsername();
            return null;
        });
    }

    @Test
    void theGridsFilterSortAndPageInTheDatabaseWithinTheUsersJurisdiction() {
        long a = toNotice(CITY, bureau, "a");
        long b = toNotice(CITY, bureau, "b");
        long c = toNotice(CITY, bureau, "c");
        long d = toNotice(OTHER_CITY, otherBureau, "d");
        NoticeSummary first = as(bureau, Role.BUREAU, () -> publish(CITY, "甲公示" + suffix, a, b));
        NoticeSummary draft = as(bureau, Role.BUREAU, () -> notices.create(new NoticeDraft(CITY, "乙公示" + suffix,
                "0350-1234567", "示例市科技局", List.of(c))));
        NoticeSummary other = as(otherBureau, Role.BUREAU, () -> publish(OTHER_CITY, "他市公示" + suffix, d));

        // three objections to the first notice (two on 6 May, one on 7 May), one to the other city's
        clock.set(LocalDate.of(2026, 5, 6));
        List<NoticeLine> lines = publicNotices.lines(first.id());
        long zhang = file(lines.get(0).entryId(), "张三", "11010119900307123", "10.1.0.1");
        long li = file(lines.get(1).entryId(), "李四", "11010119851231002", "10.1.0.2");
        file(publicNotices.lines(other.id()).get(0).entryId(), "王五", "11010119700101003", "10.1.0.3");
        clock.set(LocalDate.of(2026, 5, 7));
        long zhao = file(lines.get(1).entryId(), "赵六", "11010119600101004", "10.1.0.4");
        as(bureau, Role.BUREAU, () -> objections.receive(li, version(first.id(), li)));

        // 公示管理: the bureau sees its two notices, not the other city's, each with its counts
        NoticeFilter mine = NoticeFilter.ALL.withText(suffix);
        List<NoticeRow> rows = as(bureau, Role.BUREAU, () -> reader.list(mine,
                PageRequest.of(0, 50, Sort.by("title"))));
        assertThat(rows).extracting(r -> r.notice().title()).containsExactly("乙公示" + suffix, "甲公示" + suffix);
        assertThat(as(bureau, Role.BUREAU, () -> reader.count(mine))).isEqualTo(2);
        NoticeRow published = rows.get(1);
        assertThat(published.entries()).isEqualTo(2);
        assertThat(published.objections()).isEqualTo(3);
        assertThat(published.openObjections()).isEqualTo(3);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(rows.get(0).entries()).isEqualTo(1);
        assertThat(rows.get(0).objections()).isZero();
        assertThat(rows.get(0).publishedAt()).isNull();
        // paged: the second page of one row is the second notice by title
        assertThat(as(bureau, Role.BUREAU, () -> reader.list(mine, PageRequest.of(1, 1,
                Sort.by(Sort.Direction.DESC, "title"))))).extracting(NoticeRow::id).containsExactly(draft.id());
        // state: the draft; the running notice; ended once its last day (9 May) passed
        assertThat(titles(bureau, mine.withState(PublicNotice.State.DRAFT))).containsExactly("乙公示" + suffix);
        assertThat(titles(bureau, mine.withState(PublicNotice.State.PUBLISHED))).containsExactly("甲公示" + suffix);
        assertThat(titles(bureau, mine.withState(PublicNotice.State.ENDED))).isEmpty();
        // the publication day (30 April)
        LocalDate day = LocalDate.of(2026, 4, 30);
        assertThat(titles(bureau, mine.withPublished(day, day))).containsExactly("甲公示" + suffix);
        assertThat(titles(bureau, mine.withPublished(day.plusDays(1), null))).isEmpty();
        assertThat(titles(bureau, mine.withPublished(null, day.minusDays(1)))).isEmpty();
        // the administrator sees every jurisdiction's, the other city's bureau its own
        assertThat(titles(admin, mine)).containsExactlyInAnyOrder("甲公示" + suffix, "乙公示" + suffix,
                "他市公示" + suffix);
        assertThat(titles(admin, mine.withJurisdiction(OTHER_CITY))).containsExactly("他市公示" + suffix);
        assertThat(titles(otherBureau, mine)).containsExactly("他市公示" + suffix);
        assertThat(as(bureau, Role.BUREAU, () -> reader.published(200))).extracting(NoticeSummary::id)
                .contains(first.id()).doesNotContain(draft.id(), other.id());

        // 异议管理: the bureau's objections, oldest first, with their notice and center, the objectors' names whole
        ObjectionFilter ours = ObjectionFilter.ALL.withText(suffix);
        List<ObjectionRow> filed = as(bureau, Role.BUREAU, () -> objections.list(ours,
                PageRequest.of(0, 50, Sort.by("filedAt"))));
        assertThat(filed).extracting(ObjectionRow::id).containsExactly(zhang, li, zhao);
        assertThat(filed).extracting(ObjectionRow::objector).containsExactly("张三", "李四", "赵六");
        assertThat(filed).allSatisfy(o -> {
            assertThat(o.noticeTitle()).isEqualTo("甲公示" + suffix);
            assertThat(o.jurisdictionCode()).isEqualTo(CITY);
            assertThat(o.personalShown()).isTrue();
        });
        assertThat(filed.get(0).centerName()).isEqualTo(lines.get(0).centerName());
        assertThat(filed.get(0).referenceNo()).isEqualTo(lines.get(0).referenceNo());
        assertThat(filed.get(1).state()).isEqualTo(Objection.State.RECEIVED);
        assertThat(filed.get(1).handledBy()).isEqualTo(bureau);
        assertThat(filed.get(1).handledAt()).isNotNull();
        assertThat(as(bureau, Role.BUREAU, () -> objections.count(ours))).isEqualTo(3);
        // paged and sorted by the center's name, then newest first
        List<ObjectionRow> up = as(bureau, Role.BUREAU, () -> objections.list(ours,
                PageRequest.of(0, 50, Sort.by("entry.centerName").and(Sort.by(Sort.Direction.DESC, "filedAt")))));
        List<ObjectionRow> down = as(bureau, Role.BUREAU, () -> objections.list(ours, PageRequest.of(0, 50,
                Sort.by(Sort.Direction.DESC, "entry.centerName").and(Sort.by(Sort.Direction.DESC, "filedAt")))));
        assertThat(up.stream().map(ObjectionRow::centerName).distinct().toList()).hasSize(2)
                .isEqualTo(down.stream().map(ObjectionRow::centerName).distinct().toList().reversed());
        List<Long> upIds = up.stream().map(ObjectionRow::id).toList();
        assertThat(upIds.indexOf(zhao)).as("the same center's objections newest first").isLessThan(upIds.indexOf(li));
        assertThat(as(bureau, Role.BUREAU, () -> objections.list(ours, PageRequest.of(1, 2,
                Sort.by(Sort.Direction.DESC, "filedAt"))))).extracting(ObjectionRow::id).containsExactly(zhang);
        // filters: state, the day filed, the notice, the objector's name (the bureau's alone)
        assertThat(ids(bureau, ours.withState(Objection.State.RECEIVED))).containsExactly(li);
        assertThat(ids(bureau, ours.withState(Objection.State.FILED))).containsExactlyInAnyOrder(zhang, zhao);
        assertThat(ids(bureau, ours.withFiled(LocalDate.of(2026, 5, 7), null))).containsExactly(zhao);
        assertThat(ids(bureau, ours.withFiled(null, LocalDate.of(2026, 5, 6)))).containsExactlyInAnyOrder(zhang, li);
        assertThat(ids(bureau, ObjectionFilter.ALL.withNotice(first.id()))).containsExactlyInAnyOrder(zhang, li,
                zhao);
        ObjectionFilter byName = ObjectionFilter.ALL.withNotice(first.id()).withText("张三");
        assertThat(ids(bureau, byName)).containsExactly(zhang);
        assertThat(ids(admin, byName)).isEmpty();
        // the other city's objection is not the bureau's, even asked for by its notice
        assertThat(ids(bureau, ObjectionFilter.ALL.withNotice(other.id()))).isEmpty();
        assertThat(ids(otherBureau, ours)).hasSize(1);
        // the administrator sees all four, the names masked as on the notice's screen
        List<ObjectionRow> forAdmin = as(admin, Role.ADMIN, () -> objections.list(ours,
                PageRequest.of(0, 50, Sort.by("filedAt"))));
        assertThat(forAdmin).hasSize(4).allSatisfy(o -> assertThat(o.personalShown()).isFalse());
        assertThat(forAdmin).extracting(ObjectionRow::objector).containsExactlyInAnyOrder("张**", "李**", "王**",
                "赵**");
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> objections.list(ours, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> reader.list(mine, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);

        // the notice's period is over the day after 9 May: ended, no longer running
        clock.set(LocalDate.of(2026, 5, 10));
        assertThat(titles(bureau, mine.withState(PublicNotice.State.ENDED))).containsExactly("甲公示" + suffix);
        assertThat(titles(bureau, mine.withState(PublicNotice.State.PUBLISHED))).isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> reader.list(mine.withState(PublicNotice.State.ENDED),
                PageRequest.of(0, 10))).get(0).notice().state()).isEqualTo(PublicNotice.State.ENDED);
    }

    private List<String> titles(String user, NoticeFilter filter) {
        Role role = user.equals(admin) ? Role.ADMIN : Role.BUREAU;
        return as(user, role, () -> reader.list(filter, PageRequest.of(0, 50, Sort.by("title"))))
                .stream().map(r -> r.notice().title()).toList();
    }

    private List<Long> ids(String user, ObjectionFilter filter) {
        Role role = user.equals(admin) ? Role.ADMIN : Role.BUREAU;
        List<Long> ids = as(user, role, () -> objections.list(filter, PageRequest.of(0, 50, Sort.by("filedAt"))))
                .stream().map(ObjectionRow::id).toList();
        assertThat(as(user, role, () -> objections.count(filter))).as("the count agrees with the rows")
                .isEqualTo(ids.size());
        return ids;
    }

    private NoticeSummary publish(String jurisdiction, String title, long... ids) {
        NoticeSummary d = notices.create(new NoticeDraft(jurisdiction, title, "0350-1234567", "示例市科技局",
                java.util.Arrays.stream(ids).boxed().toList()));
        return notices.publish(d.id(), d.version());
    }

    private long file(long entry, String name, String first17, String address) {
        return publicNotices.file(new ObjectionForm(entry, Objection.Kind.PERSON, name,
                first17 + IdNumbers.check(first17), "13800000000", "该中心申报材料与实际不符" + suffix), CHALLENGE, "7",
                address, null, null);
    }

    private long version(long noticeId, long objectionId) {
        return objections.list(noticeId).stream().filter(o -> o.id() == objectionId).findFirst().orElseThrow()
                .version();
    }

    /** Files an application of the jurisdiction and takes it to the notice stage, as its bureau. */
    private long toNotice(String jurisdiction, String authority, String tag) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(jurisdiction));
        long id = filed.row().id();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + tag));
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕" + tag + "号", "recommendation.date", LocalDate.now(clock))));
        as(authority, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(authority, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(authority, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "局务会议通过", Map.of()));
        assertThat(noticed.row().stageKind()).isEqualTo(StageKind.NOTICE);
        return id;
    }
}
