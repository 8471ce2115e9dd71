package org.ticportal.core.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateCenters;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * A center's profile is versioned, on real MariaDB: recognition writes version 1 from the application (type, lead unit,
 * cluster, supervising body, co-builders with mode and contribution, director); the bureau records version 2 of an
 * approved change; the comparison lists exactly the fields changed (the institutes, governance and public services of
 * arts. 6-7, 11 and 13 too, recognition taking them from the form); the center keeps its name and number and shows the
 * current profile; a county outside the center's scope sees no version; a change on a stale version, by another role,
 * without a reason or taking effect before the version in force is refused and writes nothing.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class CenterProfileIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

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
    CenterProfileService profiles;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private String suffix;
    private String applicant;
    private String district;
    private String otherDistrict;
    private String bureau;
    private String creditCode;
    private long unitId;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix + "P");
        Unit unit = units.save(new Unit("档案测试公司" + suffix, creditCode, "990101", clock.instant()));
        unitId = unit.getId();
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("pap" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("pdi" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("pdo" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("pbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void recognitionWritesVersionOneAndTheBureauRecordsVersionTwo() {
        CenterRow center = recognised(coreName("a"));
        LocalDate recognizedOn = center.recognizedOn();

        // version 1: what the application said
        List<CenterProfileVersion> versions = as(applicant, Role.APPLICANT, () -> profiles.versions(center.id()));
        assertThat(versions).extracting(CenterProfileVersion::versionNo).containsExactly(1);
        CenterProfileVersion v1 = versions.getFirst();
        assertThat(v1.fromRecognition()).isTrue();
        assertThat(v1.reason()).isNull();
        assertThat(v1.effectiveFrom()).isEqualTo(recognizedOn);
        CenterProfileDraft p1 = v1.profile();
        assertThat(p1.typeCode()).isEqualTo("FIELD");
        assertThat(p1.typeName()).isEqualTo(center.typeName());
        assertThat(p1.leadUnitId()).isEqualTo(unitId);
        assertThat(p1.leadUnitName()).isEqualTo("档案测试公司" + suffix);
        assertThat(p1.clusterCode()).isEqualTo("NEW_MATERIALS");
        assertThat(p1.clusterName()).isEqualTo(center.clusterName());
        assertThat(p1.supervisingBodyCode()).isEqualTo("990101");
        assertThat(p1.director()).isEqualTo("王研究员");
        assertThat(p1.coBuilders()).containsExactly(
                new CoBuilder("甲共建大学" + suffix, CoBuildingMode.AGREEMENT, "200"),
                new CoBuilder("乙共建研究院" + suffix, null, null));
        assertThat(p1.legalForm()).isNull();
        assertThat(p1.researchDirections()).isEmpty();
        // institutes, governance and public services as the form holds them (arts. 6-7, 11, 13); the example policy's
        // type has no specialised institutes, so no headquarters is added, and no PUBLIC_SERVICES catalog names them
        assertThat(p1.institutes()).containsExactly(new Institute("丁研究所" + suffix, "忻府区", "新材料", false));
        assertThat(p1.governance().description()).isEqualTo("理事会决策、主任负责、专家委员会咨询");
        assertThat(p1.governance().charterName()).isNull();
        assertThat(p1.publicServices()).extracting(PublicService::code).containsExactly("TESTING", "TRAINING");

        // the bureau records version 2: a co-builder joins by shares, the director and the legal form change
        CenterProfileDraft changed = new CenterProfileDraft(recognizedOn.plusMonths(3), p1.typeCode(), p1.typeName(),
                p1.leadUnitId(), p1.leadUnitName(), List.of(p1.coBuilders().get(0),
                new CoBuilder("丙共建公司" + suffix, CoBuildingMode.SHAREHOLDING, "500")),
                LegalForm.INTERNAL_UNIT, LocalDate.of(2028, 6, 30), "李主任", p1.researchDirections(),
                p1.clusterCode(), p1.clusterName(), p1.supervisingBodyCode())
                // the compatibility constructor leaves the newer parts empty: carry them over
                .with(p1.institutes(), p1.governance(), p1.publicServices());
        CenterProfileVersion v2 = as(bureau, Role.BUREAU,
                () -> profiles.recordVersion(center.id(), 1, changed, "市局批准重组（测试）"));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.recordedBy()).isEqualTo(bureau);
        assertThat(as(district, Role.COUNTY, () -> profiles.versions(center.id())))
                .extracting(CenterProfileVersion::versionNo, CenterProfileVersion::reason)
                .containsExactly(tuple(2, "市局批准重组（测试）"), tuple(1, null));
        // old versions stay readable as they were
        assertThat(as(applicant, Role.APPLICANT, () -> profiles.version(center.id(), 1))).isEqualTo(v1);
        assertThat(as(applicant, Role.APPLICANT, () -> profiles.version(center.id(), 2)).profile()).isEqualTo(changed);

        // the comparison lists exactly the changed fields, in either order of the versions asked
        List<ProfileDifference> differences = as(applicant, Role.APPLICANT, () -> profiles.compare(center.id(), 2, 1));
        assertThat(differences).extracting(ProfileDifference::field).containsExactly("effectiveFrom", "coBuilders",
                "legalForm", "transitionTarget", "director");
        ProfileDifference director = differences.stream().filter(d -> d.field().equals("director")).findFirst()
                .orElseThrow();
        assertThat(director.before()).isEqualTo(new LocalizedText("王研究员", "王研究员"));
        assertThat(director.after()).isEqualTo(new LocalizedText("李主任", "李主任"));
        ProfileDifference coBuilders = differences.stream().filter(d -> d.field().equals("coBuilders")).findFirst()
                .orElseThrow();
        assertThat(coBuilders.before().zh()).contains("乙共建研究院" + suffix).contains("协议制");
        assertThat(coBuilders.after().zh()).contains("丙共建公司" + suffix).contains("股份制")
                .doesNotContain("乙共建研究院");
        assertThat(coBuilders.after().en()).contains("shareholding");
        ProfileDifference legalForm = differences.stream().filter(d -> d.field().equals("legalForm")).findFirst()
                .orElseThrow();
        assertThat(legalForm.before()).isNull();
        assertThat(legalForm.after().zh()).contains("内设机构");
        assertThat(as(applicant, Role.APPLICANT, () -> profiles.compare(center.id(), 1, 1))).isEmpty();

        // version 3 records the headquarters and a new institute, the board, the expert committee, the charter and
        // one more public service: the comparison lists them and nothing else
        CenterProfileDraft p2 = v2.profile();
        CenterProfileDraft third = new CenterProfileDraft(p2.effectiveFrom().plusDays(1), p2.typeCode(),
                p2.typeName(), p2.leadUnitId(), p2.leadUnitName(), p2.coBuilders(), p2.legalForm(),
                p2.transitionTarget(), p2.director(), p2.researchDirections(), p2.clusterCode(), p2.clusterName(),
                p2.supervisingBodyCode(), List.of(new Institute("中心本部" + suffix, "忻州市", null, true),
                p1.institutes().getFirst(), new Institute("戊研究院" + suffix, "原平市", "储能材料", false)),
                new Governance(p1.governance().description(), "张理事长", "张理事长、李主任等7人", "刘院士", 9,
                        "中心章程（2027年修订）.pdf", LocalDate.of(2027, 1, 5)),
                List.of(new PublicService("TESTING", "检验检测", "Testing"),
                        new PublicService("TRAINING", null, null),
                        new PublicService("INCUBATION", "企业孵化", "Incubation")));
        CenterProfileVersion v3 = as(bureau, Role.BUREAU,
                () -> profiles.recordVersion(center.id(), 2, third, "市局批准增设研发机构（测试）"));
        assertThat(as(applicant, Role.APPLICANT, () -> profiles.version(center.id(), 3)).profile())
                .isEqualTo(third);
        assertThat(v3.profile().governance().committeeSize()).isEqualTo(9);
        List<ProfileDifference> later = as(applicant, Role.APPLICANT, () -> profiles.compare(center.id(), 2, 3));
        assertThat(later).extracting(ProfileDifference::field).containsExactly("effectiveFrom", "institutes",
                "board", "expertCommittee", "charter", "publicServices");
        ProfileDifference institutes = later.get(1);
        assertThat(institutes.before().zh()).isEqualTo("丁研究所" + suffix + "（忻府区；新材料）");
        assertThat(institutes.after().zh()).startsWith("中心本部" + suffix + "（忻州市）【本部】")
                .contains("戊研究院" + suffix + "（原平市；储能材料）");
        assertThat(institutes.after().en()).contains("[headquarters]");
        assertThat(later.get(2).before()).isNull();
        assertThat(later.get(2).after().zh()).isEqualTo("理事长（董事长）张理事长；成员：张理事长、李主任等7人");
        assertThat(later.get(3).after().zh()).isEqualTo("主任 刘院士；9 名委员");
        assertThat(later.get(3).after().en()).isEqualTo("chair 刘院士; 9 members");
        assertThat(later.get(4).after().zh()).isEqualTo("中心章程（2027年修订）.pdf（2027-01-05）");
        assertThat(later.get(5).before().zh()).isEqualTo("TESTING、TRAINING");
        assertThat(later.get(5).after().zh()).isEqualTo("检验检测、TRAINING、企业孵化");
        assertThat(later.get(5).after().en()).isEqualTo("Testing, TRAINING, Incubation");
        // a profile version has one headquarters at most and lists an institute once
        assertThatThrownBy(() -> third.with(List.of(new Institute("甲", null, null, true),
                new Institute("乙", null, null, true)), Governance.NONE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> third.with(List.of(new Institute("甲", null, null, false),
                new Institute("甲", "别处", null, false)), Governance.NONE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        // the center keeps its identity and shows its current profile
        CenterRow after = as(bureau, Role.BUREAU, () -> centers.get(center.id()));
        assertThat(after.name()).isEqualTo(center.name());
        assertThat(after.decisionNumber()).isEqualTo(center.decisionNumber());
        assertThat(after.coBuilders()).contains("丙共建公司" + suffix).doesNotContain("乙共建研究院");
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.CENTER, Long.toString(center.id()),
                PageRequest.of(0, 10)).getContent())).extracting(AuditEvent::getAction)
                .contains("CENTER_RECOGNIZED", "CENTER_PROFILE_VERSION");
    }

    @Test
    void outOfScopeStaleAndInvalidChangesAreRefused() {
        CenterRow center = recognised(coreName("b"));
        CenterProfileDraft p1 = as(bureau, Role.BUREAU, () -> profiles.version(center.id(), 1)).profile();

        // a county that does not supervise the center sees neither the versions nor the comparison
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> profiles.versions(center.id())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("center.notFound");
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> profiles.compare(center.id(), 1, 1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("center.notFound");
        // only the bureau records a version
        CenterProfileDraft renamedDirector = withDirector(p1, "赵主任", p1.effectiveFrom().plusDays(10));
        assertThatThrownBy(() -> as(district, Role.COUNTY,
                () -> profiles.recordVersion(center.id(), 1, renamedDirector, "越权")))
                .isInstanceOf(AccessDeniedException.class);
        // a reason is required; a version cannot take effect before the one in force
        assertThatThrownBy(() -> as(bureau, Role.BUREAU,
                () -> profiles.recordVersion(center.id(), 1, renamedDirector, " ")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("centerProfile.reasonRequired");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> profiles.recordVersion(center.id(), 1,
                withDirector(p1, "赵主任", p1.effectiveFrom().minusDays(1)), "倒签")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("centerProfile.effectiveBefore");

        as(bureau, Role.BUREAU, () -> profiles.recordVersion(center.id(), 1, renamedDirector, "更换主任"));
        // a second change made on version 1, which is no longer in force, is refused and writes nothing
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> profiles.recordVersion(center.id(), 1,
                withDirector(p1, "钱主任", p1.effectiveFrom().plusDays(20)), "旧版本上的变更")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(bureau, Role.BUREAU, () -> profiles.versions(center.id())))
                .extracting(v -> v.profile().director()).containsExactly("赵主任", "王研究员");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> profiles.version(center.id(), 3)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("centerProfile.versionNotFound");
        // the draft validates itself: a transition date belongs only to an internal unit
        assertThatThrownBy(() -> new CenterProfileDraft(p1.effectiveFrom(), null, null, unitId, "某单位", List.of(),
                LegalForm.INDEPENDENT_LEGAL_ENTITY, LocalDate.of(2028, 1, 1), null, List.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CenterProfileDraft withDirector(CenterProfileDraft p, String director, LocalDate from) {
        return new CenterProfileDraft(from, p.typeCode(), p.typeName(), p.leadUnitId(), p.leadUnitName(),
                p.coBuilders(), p.legalForm(), p.transitionTarget(), director, p.researchDirections(), p.clusterCode(),
                p.clusterName(), p.supervisingBodyCode()).with(p.institutes(), p.governance(), p.publicServices());
    }

    private String coreName(String tag) {
        return TemplateSamples.uniqueCoreName(tag + suffix.chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(Collectors.joining()));
    }

    /**
     * An application of the example policy run to the end of its published notice and recognised. The example form
     * has no co-builders table, so the test writes one into the stored values as a form with that table (Xinzhou's,
     * art. 12) keeps it: name, mode code, contribution.
     */
    private CenterRow recognised(String core) {
        TemplateCenters template = new TemplateCenters(applications, checklist, publicNotices, notices, centers,
                clock);
        long id = template.toNotice(core, creditCode, applicant, district, bureau);
        assertThat(jdbc.update("UPDATE recognition_application SET data_json = JSON_SET(data_json, '$.coBuilders', "
                + "JSON_ARRAY(JSON_OBJECT('name', ?, 'mode', 'AGREEMENT', 'contribution', 200), "
                + "JSON_OBJECT('name', ?))) WHERE id = ?", "甲共建大学" + suffix, "乙共建研究院" + suffix, id))
                .isEqualTo(1);
        assertThat(jdbc.update("UPDATE recognition_application SET data_json = JSON_SET(data_json, '$.institutes', "
                + "JSON_ARRAY(JSON_OBJECT('name', ?, 'location', '忻府区', 'field', '新材料', 'area', 120)), "
                + "'$.publicServices', JSON_ARRAY('TESTING', 'TRAINING', 'TESTING'), "
                + "'$.\"governance.description\"', '理事会决策、主任负责、专家委员会咨询') WHERE id = ?",
                "丁研究所" + suffix, id)).isEqualTo(1);
        return template.endNotice(id, bureau);
    }
}
