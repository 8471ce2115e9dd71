package org.ticportal.core.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Art. 9(2) on real MariaDB, under the test policy with an expert stage (a panel of three with a finance seat): a
 * batch draw is all or nothing and each of its panels is re-run from its own record; the bureau chooses the panel's
 * head with a reason, kept in the record; an expert reads the filed form and downloads its files only on a panel they
 * sit on and only after declaring; a guessed application or attachment id is refused.
 */
@IntegrationTest
class PanelBatchAndHeadIT {

    private static final String CITY = "990400";
    private static final String LICENCE = "attachments.licence";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PortalTime time;

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    PanelCaseService panelCases;
    @Autowired
    ExpertService experts;
    @Autowired
    ExpertPanelService panels;
    @Autowired
    PanelDrawService draws;
    @Autowired
    PanelBatchService batches;
    @Autowired
    PanelHeadService heads;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String suffix;
    private String applicant;
    private String district;
    private String bureau;
    private int applicationsMade;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        Unit unit = units.save(new Unit("批量新材料有限公司" + suffix, TemplateSamples.creditCode(suffix), "990101",
                java.time.Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("ba" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("bd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("bb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            return null;
        });
    }

    @Test
    void aBatchIsRefusedAsAWholeWhenOneApplicationCannotBeServedAndEachPanelIsReRunFromItsRecord() {
        pool(4);
        long first = applicationAtExpertStage();
        long second = applicationAtExpertStage();
        long alreadyDrawn = applicationAtExpertStage();
        as(bureau, Role.BUREAU, () -> draws.draw(alreadyDrawn, 1L));
        long draft = as(applicant, Role.APPLICANT, () -> applications.create(CITY)).row().id();

        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> batches.draw(List.of(first, alreadyDrawn, draft))))
                .isInstanceOfSatisfying(PanelBatchService.Refused.class, refused -> assertThat(refused.refusals())
                        .extracting(r -> r.applicationId() + ":" + r.messageKey())
                        .containsExactly(alreadyDrawn + ":panel.alreadyDrawn", draft + ":application.notFound"));
        assertThat(as(bureau, Role.BUREAU, () -> draws.panel(first))).as("nothing drawn for the one servable")
                .isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> batches.waiting(org.springframework.data.domain.PageRequest.of(0,
                1000)).getContent())).filteredOn(w -> w.row().id() == first).singleElement()
                .satisfies(w -> assertThat(w.drawn()).isFalse());

        PanelBatchService.Batch batch = as(bureau, Role.BUREAU, () -> batches.draw(List.of(first, second)));

        assertThat(batch.drawnBy()).isEqualTo(bureau);
        assertThat(batch.panels()).extracting(PanelBatchService.Drawn::applicationId).containsExactly(first, second);
        for (long id : List.of(first, second)) {
            PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.panel(id)).orElseThrow();
            DrawRecord record = panel.record();
            assertThat(record.drawn()).hasSize(3);
            assertThat(record.candidates()).isNotEmpty();
            // reproducible from its own record, with and without the database
            assertThat(PanelDraw.select(record)).isEqualTo(record.drawn());
            assertThat(as(bureau, Role.BUREAU, () -> draws.replay(id))).isEqualTo(record.drawn());
        }
        PanelBatchService.Batch stored = as(bureau, Role.BUREAU, () -> batches.batch(batch.id()));
        assertThat(stored.panels()).extracting(PanelBatchService.Drawn::seed)
                .containsExactlyElementsOf(batch.panels().stream().map(PanelBatchService.Drawn::seed).toList());
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> batches.draw(List.of(first))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBureauChoosesTheHeadWithAReasonKeptInTheRecordAndOnlyTheHeadConcludes() {
        pool(4);
        long id = applicationAtExpertStage();
        PanelViews.Panel drawn = as(bureau, Role.BUREAU, () -> draws.draw(id, 42L));
        PanelViews.Member oldHead = drawn.members().stream().filter(PanelViews.Member::leader).findFirst()
                .orElseThrow();
        assertThat(oldHead.expertId()).as("the draw makes the first in the seed's order the head")
                .isEqualTo(drawn.record().drawn().getFirst());
        PanelViews.Member chosen = drawn.members().get(1);
        PanelViews.Member conflicted = drawn.members().get(2);

        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> heads.choose(id, chosen.memberId(), chosen.version(),
                " "))).isInstanceOf(BusinessException.class).hasMessageContaining("panel.reasonRequired");
        assertThatThrownBy(() -> as(username(chosen.expertId()), Role.EXPERT, () -> heads.choose(id,
                chosen.memberId(), chosen.version(), "自荐"))).isInstanceOf(AccessDeniedException.class);

        PanelViews.Panel after = as(bureau, Role.BUREAU, () -> heads.choose(id, chosen.memberId(), chosen.version(),
                "熟悉该领域，担任组长"));

        assertThat(after.members()).filteredOn(PanelViews.Member::leader).singleElement()
                .satisfies(m -> assertThat(m.expertId()).isEqualTo(chosen.expertId()));
        assertThat(after.record().headChanges()).singleElement().satisfies(h -> {
            assertThat(h.fromId()).isEqualTo(oldHead.expertId());
            assertThat(h.toId()).isEqualTo(chosen.expertId());
            assertThat(h.reason()).isEqualTo("熟悉该领域，担任组长");
            assertThat(h.by()).isEqualTo(bureau);
        });
        assertThat(PanelDraw.select(after.record())).as("the draw itself is unchanged").isEqualTo(
                drawn.record().drawn());
        // the former head no longer records the conclusion
        assertThatThrownBy(() -> as(username(oldHead.expertId()), Role.EXPERT, () -> panels.conclude(id,
                "RECOMMENDED", "意见"))).isInstanceOf(BusinessException.class).hasMessageContaining("panel.notLeader");
        assertThat(as(username(chosen.expertId()), Role.EXPERT, () -> panels.assignment(id)).leader()).isTrue();

        // a member who declared a conflict cannot head it
        as(username(conflicted.expertId()), Role.EXPERT, () -> {
            panels.declare(id, true, "曾在申报单位兼职");
            return null;
        });
        PanelViews.Member now = as(bureau, Role.BUREAU, () -> draws.panel(id)).orElseThrow().members().get(2);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> heads.choose(id, now.memberId(), now.version(),
                "试试"))).isInstanceOf(BusinessException.class).hasMessageContaining("panel.cannotHead");
    }

    @Test
    void anExpertReadsTheFormAndDownloadsItsFilesOnlyOnTheirPanelAndOnlyAfterDeclaring() {
        pool(3);
        long id = applicationAtExpertStage();
        long attachmentId = as(bureau, Role.BUREAU, () -> attachments.list(id)).stream()
                .filter(a -> a.getFieldKey().equals(LICENCE)).findFirst().orElseThrow().getId();
        PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.draw(id, 9L));
        String member = username(panel.members().get(0).expertId());
        Expert outsider = expert("局外专家", "局外研究所" + suffix, "NEW_MATERIALS");

        // before declaring, and for an expert not on the panel: neither the form nor a file, whatever id is guessed
        for (String expert : List.of(member, outsider.getUsername())) {
            for (Runnable door : List.<Runnable>of(() -> attachments.list(id), () -> attachments.open(attachmentId),
                    () -> panelCases.formAsExpert(id), () -> panelCases.readAsExpert(id))) {
                assertThatThrownBy(() -> as(expert, Role.EXPERT, () -> {
                    door.run();
                    return null;
                })).as(expert).isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
            }
        }

        as(member, Role.EXPERT, () -> {
            panels.declare(id, false, null);
            return null;
        });

        assertThat(as(member, Role.EXPERT, () -> attachments.list(id))).extracting(Attachment::getId)
                .contains(attachmentId);
        assertThat(as(member, Role.EXPERT, () -> attachments.open(attachmentId)).name()).isEqualTo("营业执照.pdf");
        assertThat(as(member, Role.EXPERT, () -> panelCases.formAsExpert(id)).fields()
                .anyMatch(f -> f.key().equals("coreName"))).isTrue();
        // the outsider still cannot, and a member can attach nothing
        assertThatThrownBy(() -> as(outsider.getUsername(), Role.EXPERT, () -> attachments.open(attachmentId)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        assertThatThrownBy(() -> as(member, Role.EXPERT, () -> attachments.upload(id, "APPLICATION", LICENCE,
                "x.pdf", new ByteArrayInputStream("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** An application of the expert city with its licence attached, filed, recommended and accepted. */
    private long applicationAtExpertStage() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(CITY));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(TemplateSamples.creditCode(
                suffix), "NEW_MATERIALS", 320));
        values.put("rdSpending", "150");
        values.put("coreName", coreName(applicationsMade++));
        List<Map<String, Object>> coBuilders = new ArrayList<>();
        coBuilders.add(Map.of("name", "批量大学" + suffix, "creditCode", TemplateSamples.creditCode("cb" + suffix)));
        values.put("coBuilders", coBuilders);
        as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", LICENCE, "营业执照.pdf",
                new ByteArrayInputStream("%PDF-1.7 licence".getBytes(StandardCharsets.UTF_8))));
        ApplicationDetail draft = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, applications.get(id).row().version(), values, Map.of()));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, draft.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", time.today())));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        assertThat(accepted.row().stage()).isEqualTo("EXPERTS");
        return id;
    }

    /** A center name of this test's own (the policy refuses a name another application has). */
    private String coreName(int n) {
        StringBuilder name = new StringBuilder("批量陶瓷");
        for (char c : (suffix + n).toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16)));
        }
        return name.toString();
    }

    private void pool(int ofField) {
        for (int i = 0; i < ofField; i++) {
            expert("批量材料专家" + i, "批量材料研究院" + i + suffix, "NEW_MATERIALS");
        }
        expert("批量财务专家", "批量会计师事务所" + suffix, "FINANCE");
    }

    private Expert expert(String name, String unit, String field) {
        String login = "e" + UUID.randomUUID().toString().substring(0, 8);
        return as(bureau, Role.BUREAU, () -> experts.create(CITY, new ExpertDraft(name, unit, null, "FULL_SENIOR",
                List.of(field), null, null, true), login)).expert();
    }

    private String username(long expertId) {
        return as(bureau, Role.BUREAU, () -> experts.get(expertId)).getUsername();
    }
}
