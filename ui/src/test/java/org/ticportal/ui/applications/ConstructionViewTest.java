package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.BuildCity;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ViewTestBase;

/**
 * A policy that approves centers for construction first (plugin API 0.2.5; the template made into 990900's
 * {@code buildcity}, uploaded as an outside city would): the application's screen names the construction period's last
 * day as such, and once the acceptance review fails, says so, unlike a rejection.
 */
class ConstructionViewTest extends ViewTestBase {

    @Autowired
    PluginAdminService plugins;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    @Test
    void theScreenShowsTheConstructionPeriodsLastDayAndAFailedAcceptance() throws Exception {
        Path jars = Files.createTempDirectory("buildcity");
        Path jar = TestPluginBuilder.fromTemplate("buildcity", "1.0.0", BuildCity::policy)
                .resource("forms/application.json", BuildCity.form()).buildJar(jars);
        Acting.as(security, "admin", Role.ADMIN, () -> {
            if (plugins.plugins().stream().noneMatch(p -> "buildcity".equals(p.id()))) {
                try (InputStream in = Files.newInputStream(jar)) {
                    PluginCandidate candidate = plugins.validate(jar.getFileName().toString(), in);
                    plugins.install(candidate.token());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return null;
        });
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("建设期界面有限公司" + suffix, creditCode, "990101", clock.instant()));
        String applicant = "vap" + suffix;
        String district = "vdi" + suffix;
        String bureau = "vbu" + suffix;
        Acting.as(security, "admin", Role.ADMIN, () -> {
            users.create(new UserDraft(applicant, "申报人", null, null, Role.APPLICANT, null, unit.getId()));
            users.create(new UserDraft(district, "东区审核", null, null, Role.COUNTY, "990101", null));
            return null;
        });
        var created = Acting.as(security, "admin", Role.ADMIN,
                () -> users.create(new UserDraft(bureau, "市局", null, null, Role.BUREAU, null, null, "990900")));
        // a new account changes its one-time password before it sees any screen
        Acting.as(security, bureau, Role.BUREAU, () -> {
            users.changeOwnPassword(created.oneTimePassword(), "Bureau#2026x");
            return null;
        });
        long id = Acting.as(security, applicant, Role.APPLICANT, () -> applications.create("990900")).row().id();
        Map<String, Object> values = BuildCity.application(creditCode,
                TemplateSamples.uniqueCoreName(Integer.toHexString(suffix.hashCode() & 0xffff)));
        Acting.as(security, applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                applications.get(id).row().version(), values, Map.of("3.5", "说明")));
        step(applicant, Role.APPLICANT, id, "SUBMIT", null, Map.of());
        step(district, Role.COUNTY, id, "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕9号",
                "recommendation.date", LocalDate.now(clock)));
        Acting.as(security, bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        step(bureau, Role.BUREAU, id, "ACCEPT", "材料齐全", Map.of());
        step(bureau, Role.BUREAU, id, "PASS", "批准建设", Map.of());
        LocalDate lastDay = LocalDate.now(clock).plusMonths(36).minusDays(1);

        Acting.as(security, bureau, Role.BUREAU, () -> {
            UI.getCurrent().navigate("applications/" + id);
            assertThat(find(Span.class).withId("application-stage").single().getText()).isEqualTo("批准建设");
            assertThat(find(Span.class).withId("application-outcome").exists()).as("still running").isFalse();
            Div expires = find(Div.class).withId("application-stage-expires").single();
            assertThat(expires.getElement().getTextRecursively()).contains("期限届满日")
                    .contains(String.valueOf(lastDay.getYear()));
            return null;
        });

        step(applicant, Role.APPLICANT, id, "REQUEST_ACCEPTANCE", "申请验收", Map.of());
        step(bureau, Role.BUREAU, id, "NOT_ACCEPTED", "研发投入未达建设任务书要求", Map.of());
        Acting.as(security, bureau, Role.BUREAU, () -> {
            UI.getCurrent().navigate("applications/" + id);
            assertThat(find(Span.class).withId("application-stage").single().getText()).isEqualTo("验收未通过");
            Span outcome = find(Span.class).withId("application-outcome").single();
            assertThat(outcome.getText()).isEqualTo("建设验收未通过").isNotEqualTo("申请未获通过");
            assertThat(outcome.getElement().getAttribute("theme")).contains("error");
            assertThat(find(Div.class).withId("application-stage-expires").exists()).isFalse();
            return null;
        });
    }

    private void step(String user, Role role, long id, String code, String comment, Map<String, Object> input) {
        Acting.as(security, user, role, () -> applications.perform(id, applications.get(id).row().version(), code,
                comment, input));
    }
}
