package org.ticportal.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateCenters;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * 全局搜索 on real MariaDB, under the template policy (示例市 990100, districts 东区 990101 and 西区 990102): the bureau
 * finds a recognised center by its name and by its document number, and units by credit code; a district finds the
 * applications that came through it and not another district's; an applicant finds only its own unit's records;
 * experts have no search; a short text or typed wildcards find nothing.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class GlobalSearchIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    GlobalSearch search;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeCloser notices;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    CenterService centers;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;

    private String suffix;
    private String eastApplicant;
    private String westApplicant;
    private String east;
    private String west;
    private String bureau;
    private String eastCredit;
    private String westCredit;
    private Unit eastUnit;
    private Unit westUnit;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        eastCredit = TemplateSamples.creditCode(suffix + "E");
        westCredit = TemplateSamples.creditCode(suffix + "W");
        eastUnit = units.save(new Unit("检索东区公司" + suffix, eastCredit, "990101", clock.instant()));
        westUnit = units.save(new Unit("检索西区公司" + suffix, westCredit, "990102", clock.instant()));
        as("root", Role.ADMIN, () -> {
            eastApplicant = users.create(new UserDraft("sea" + suffix, "东区申报人", null, null, Role.APPLICANT, null,
                    eastUnit.getId())).user().getUsername();
            westApplicant = users.create(new UserDraft("swa" + suffix, "西区申报人", null, null, Role.APPLICANT, null,
                    westUnit.getId())).user().getUsername();
            east = users.create(new UserDraft("sed" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            west = users.create(new UserDraft("swd" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("sbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void theBureauFindsACenterByNameAndByNumberAndUnitsByCreditCode() {
        CenterRow center = eastCenter();

        SearchResults byName = as(bureau, Role.BUREAU, () -> search.search(center.name()));
        assertThat(byName.of(SearchKind.CENTER)).extracting(SearchHit::id).containsExactly(center.id());
        SearchHit hit = byName.of(SearchKind.CENTER).getFirst();
        assertThat(hit.title()).isEqualTo(center.name());
        assertThat(hit.code()).isEqualTo(center.decisionNumber());
        assertThat(hit.subtitle()).isEqualTo(eastUnit.getName());
        // the recognised application carries the same name
        assertThat(byName.of(SearchKind.APPLICATION)).extracting(SearchHit::id).containsExactly(center.applicationId());

        SearchResults byNumber = as(bureau, Role.BUREAU, () -> search.search(" " + center.decisionNumber() + " "));
        assertThat(byNumber.of(SearchKind.CENTER)).extracting(SearchHit::id).contains(center.id());

        SearchResults byCredit = as(bureau, Role.BUREAU, () -> search.search(eastCredit.toLowerCase()));
        assertThat(byCredit.of(SearchKind.UNIT)).extracting(SearchHit::id).containsExactly(eastUnit.getId());
        assertThat(byCredit.of(SearchKind.UNIT).getFirst().code()).isEqualTo(eastCredit);
        assertThat(byCredit.of(SearchKind.CENTER)).extracting(SearchHit::id).containsExactly(center.id());
        assertThat(byCredit.of(SearchKind.APPLICATION)).extracting(SearchHit::id)
                .containsExactly(center.applicationId());
    }

    @Test
    void aDistrictFindsTheApplicationsThatCameThroughItButNotAnotherDistricts() {
        CenterRow center = eastCenter();
        ApplicationRow westCase = westSubmitted();
        assertThat(westCase.fullName()).isNotBlank();

        SearchResults eastLooks = as(east, Role.COUNTY, () -> search.search(westCase.fullName()));
        assertThat(eastLooks.isEmpty()).as("东区 finds nothing of 西区's application").isTrue();
        assertThat(as(east, Role.COUNTY, () -> search.search(westCase.referenceNo())).isEmpty()).isTrue();
        assertThat(as(east, Role.COUNTY, () -> search.search(westUnit.getName())).isEmpty()).isTrue();

        SearchResults westLooks = as(west, Role.COUNTY, () -> search.search(westCase.fullName()));
        assertThat(westLooks.of(SearchKind.APPLICATION)).extracting(SearchHit::id).containsExactly(westCase.id());
        assertThat(westLooks.of(SearchKind.APPLICATION).getFirst().code()).isEqualTo(westCase.referenceNo());
        assertThat(as(west, Role.COUNTY, () -> search.search(westCase.referenceNo())).of(SearchKind.APPLICATION))
                .extracting(SearchHit::id).containsExactly(westCase.id());

        SearchResults eastOwn = as(east, Role.COUNTY, () -> search.search(center.name()));
        assertThat(eastOwn.of(SearchKind.CENTER)).extracting(SearchHit::id).containsExactly(center.id());
        assertThat(eastOwn.of(SearchKind.APPLICATION)).extracting(SearchHit::id)
                .containsExactly(center.applicationId());
        assertThat(as(west, Role.COUNTY, () -> search.search(center.name())).isEmpty()).isTrue();
        // a district reviewer has no expert pool
        assertThat(as(east, Role.COUNTY, () -> search.search(suffix)).of(SearchKind.EXPERT)).isEmpty();
    }

    @Test
    void anApplicantFindsOnlyItsOwnUnitsRecords() {
        CenterRow center = eastCenter();
        ApplicationRow westCase = westSubmitted();

        SearchResults westOwn = as(westApplicant, Role.APPLICANT, () -> search.search("检索"));
        assertThat(westOwn.of(SearchKind.APPLICATION)).extracting(SearchHit::id).containsExactly(westCase.id());
        assertThat(westOwn.of(SearchKind.UNIT)).extracting(SearchHit::id).containsExactly(westUnit.getId());
        assertThat(westOwn.of(SearchKind.CENTER)).isEmpty();
        assertThat(westOwn.of(SearchKind.EXPERT)).isEmpty();
        assertThat(as(westApplicant, Role.APPLICANT, () -> search.search(center.name())).isEmpty()).isTrue();
        assertThat(as(westApplicant, Role.APPLICANT, () -> search.search(eastCredit)).isEmpty()).isTrue();

        SearchResults eastOwn = as(eastApplicant, Role.APPLICANT, () -> search.search(suffix));
        assertThat(eastOwn.of(SearchKind.CENTER)).extracting(SearchHit::id).containsExactly(center.id());
        assertThat(eastOwn.of(SearchKind.UNIT)).extracting(SearchHit::id).containsExactly(eastUnit.getId());
        assertThat(as(eastApplicant, Role.APPLICANT, () -> search.search(westCase.fullName())).isEmpty()).isTrue();
    }

    @Test
    void expertsHaveNoSearchAndShortTextOrWildcardsFindNothing() {
        assertThatThrownBy(() -> as("expert" + suffix, Role.EXPERT, () -> search.search("检索东区")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(bureau, Role.BUREAU, () -> search.search(" 检 "))).satisfies(r -> {
            assertThat(r.isEmpty()).isTrue();
            assertThat(r.text()).isEqualTo("检");
        });
        assertThat(as(bureau, Role.BUREAU, () -> search.search("%%")).isEmpty()).isTrue();
        assertThat(as(bureau, Role.BUREAU, () -> search.search("__")).isEmpty()).isTrue();
        // at most eight of a kind, however many match
        for (int i = 0; i < 10; i++) {
            units.save(new Unit("检索批量单位" + suffix + i, TemplateSamples.creditCode(suffix + "N" + i), "990101",
                    clock.instant()));
        }
        SearchResults many = as(bureau, Role.BUREAU, () -> search.search("检索批量单位" + suffix));
        assertThat(many.of(SearchKind.UNIT)).hasSize(GlobalSearch.PER_KIND);
    }

    private CenterRow eastCenter() {
        return new TemplateCenters(applications, checklist, publicNotices, notices, centers, clock)
                .recognise(coreName("e"), eastCredit, eastApplicant, east, bureau);
    }

    /** An application of 西区's unit, submitted to 西区 for its recommendation. */
    private ApplicationRow westSubmitted() {
        ApplicationDetail filed = as(westApplicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(westCredit, "EQUIPMENT", 320));
        values.put("coreName", coreName("c"));
        values.put("leadUnit.registeredBody", "990102");
        ApplicationDetail ready = as(westApplicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        return as(westApplicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of())).row();
    }

    private String coreName(String tag) {
        return TemplateSamples.uniqueCoreName(tag + suffix.chars()
                .mapToObj(c -> Integer.toHexString(c % 16)).collect(Collectors.joining()));
    }
}
