package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Attachments on real MariaDB and the data folder: the type comes from the content, the size limit holds on the
 * server, a field takes no more files than it allows, only who may change the form may attach, and every download
 * checks again who may see the application. A plugin rule that throws gives an error naming the plugin.
 */
@IntegrationTest
class AttachmentServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    private static final String FIELD = "attachments.licence";

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    @Test
    void filesAreCheckedByContentSizeAndCountAndDownloadsByScope() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String applicant = user(suffix, "a", Role.APPLICANT, unit(suffix, "1"), null);
        String other = user(suffix, "o", Role.APPLICANT, unit(suffix, "2"), null);
        String district = user(suffix, "d", Role.COUNTY, null, "990101");

        ApplicationDetail app = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = app.row().id();
        Attachment licence = as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "C:\\scans\\营业执照.pdf", new ByteArrayInputStream("%PDF-1.7 licence".getBytes(StandardCharsets.UTF_8))));
        assertThat(licence.getOriginalName()).isEqualTo("营业执照.pdf");
        assertThat(licence.getMediaType()).isEqualTo("application/pdf");
        assertThat(licence.getEvidenceCode()).isEqualTo("BUSINESS_LICENCE");
        assertThat(licence.getSha256()).hasSize(64);

        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "scan.pdf", new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0, 1, 2, 3}))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("attachment.typeRefused")
                .satisfies(e -> assertThat(((BusinessException) e).getField()).isEqualTo(FIELD));
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "big.pdf", new ByteArrayInputStream(big)))).hasMessageContaining("attachment.tooLarge");
        as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD, "second.png",
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1})));
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "third.pdf", new ByteArrayInputStream("%PDF-3".getBytes(StandardCharsets.US_ASCII)))))
                .hasMessageContaining("attachment.tooMany");
        assertThat(as(applicant, Role.APPLICANT, () -> applications.get(id)).values().get(FIELD))
                .asList().hasSize(2);

        // another unit can neither list nor download; the district cannot before the application reaches it
        assertThatThrownBy(() -> as(other, Role.APPLICANT, () -> attachments.open(licence.getId())))
                .hasMessageContaining("application.notFound");
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> attachments.list(id)))
                .hasMessageContaining("application.notFound");

        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                applications.get(id).row().version(), values(suffix), Map.of("3.5", "说明")));
        as(applicant, Role.APPLICANT, () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        try (var in = as(district, Role.COUNTY, () -> attachments.open(licence.getId())).stream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 licence");
        }
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> attachments.upload(id, "APPLICATION", FIELD,
                "late.pdf", new ByteArrayInputStream("%PDF-late".getBytes(StandardCharsets.US_ASCII)))))
                .as("the form is no longer the applicant's to change").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRuleThatThrowsGivesAnErrorNamingThePluginAndTheOtherRulesStillRun() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String applicant = user(suffix, "f", Role.APPLICANT, unit(suffix, "3"), null);
        ApplicationDetail app = as(applicant, Role.APPLICANT, () -> applications.create("990200"));
        assertThat(app.row().pin().pluginId()).isEqualTo("faultycity");
        ApplicationDetail saved = as(applicant, Role.APPLICANT, () -> applications.saveDraft(app.row().id(),
                app.row().version(), values(suffix), Map.of("3.5", "说明")));

        EligibilityReport report = as(applicant, Role.APPLICANT, () -> applications.eligibility(app.row().id()));
        assertThat(report.checks()).filteredOn(c -> c.ruleId().equals("3.9")).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CheckOutcome.ERROR);
            assertThat(c.message().zh()).contains("faultycity").contains("rule bug");
            assertThat(c.article()).isEqualTo("第三条第（九）项");
        });
        assertThat(report.checks()).filteredOn(c -> c.ruleId().equals("3.2")).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.PASS));
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> applications.perform(app.row().id(),
                saved.row().version(), "SUBMIT", null, Map.of()))).isInstanceOf(WorkflowRefusedException.class);
    }

    private Map<String, Object> values(String suffix) {
        String chinese = suffix.chars().mapToObj(c -> String.valueOf("零一二三四五六七八九甲乙丙丁戊己"
                .charAt(Character.digit(c, 16)))).reduce("", String::concat);
        return Map.of("coreName", "材料" + chinese,
                "centerType", "FIELD", "industryCluster", "NEW_MATERIALS", "area.usable", 400,
                "leadUnit.registeredBody", "990101", "leadUnit.creditCode", code(suffix, "1"),
                "director.name", "李研究员", "director.titleLevel", "FULL_SENIOR", "pledge.noMajorProblems", true);
    }

    private Unit unit(String suffix, String n) {
        return units.save(new Unit("单位" + suffix + n, code(suffix, n), "990101", Instant.now()));
    }

    private static String code(String suffix, String n) {
        String digits = Integer.toString(Math.abs((suffix + n).hashCode() % 100000000) + 100000000).substring(1);
        String first17 = "92990101" + digits + "0";
        return first17 + CreditCode.checkCharacter(first17);
    }

    private String user(String suffix, String tag, Role role, Unit unit, String body) {
        return as("root", Role.ADMIN, () -> users.create(new UserDraft(tag + suffix, "用户" + tag, null, null, role,
                body, unit == null ? null : unit.getId())).user().getUsername());
    }
}
