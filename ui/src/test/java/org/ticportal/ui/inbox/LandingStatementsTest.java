package org.ticportal.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.RequestContextFilter;
import org.ticportal.core.StatementLog;
import org.ticportal.ui.ViewTestBase;

/**
 * What the landing after login (the frame and 我的待办) costs the database: the signed-in user's account and scope are
 * read once for the request, not once per caller (benchmark P8, issue 13).
 */
@Import(StatementLog.Recording.class)
class LandingStatementsTest extends ViewTestBase {

    @Autowired
    ApplicationContext context;

    /** The landing opened in one request, as the browser's first request after login opens it. */
    private List<StatementLog.Sent> landing() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            List<StatementLog.Sent> sent = StatementLog.record(() -> navigate(InboxView.class));
            System.out.println("landing as " + org.springframework.security.core.context.SecurityContextHolder
                    .getContext().getAuthentication().getName() + ": " + StatementLog.describe(sent));
            return sent;
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The account is kept in the request's attributes, which this filter binds for every request. */
    @Test
    void everyRequestBindsItsAttributes() {
        assertThat(context.getBeanNamesForType(RequestContextFilter.class)).isNotEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffsLandingReadsTheirAccountOnce() {
        List<StatementLog.Sent> sent = landing();
        assertThat(StatementLog.count(sent, s -> s.reads("app_user"))).as(StatementLog.describe(sent))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantsLandingReadsTheirAccountOnce() {
        List<StatementLog.Sent> sent = landing();
        assertThat(StatementLog.count(sent, s -> s.reads("app_user"))).as(StatementLog.describe(sent))
                .isEqualTo(1);
    }

    /**
     * An applicant's landing asked for their unit four times and for the policy assignments five times (the frame's
     * check, 首页's overview, the filing choices, the call gate); the request reads each once ({@code RequestMemo}).
     */
    @Test
    @WithUserDetails("applicant")
    void anApplicantsLandingReadsTheirUnitAndThePolicyAssignmentsOnce() {
        List<StatementLog.Sent> sent = landing();
        assertThat(StatementLog.count(sent, s -> s.reads("unit"))).as(StatementLog.describe(sent)).isEqualTo(1);
        assertThat(StatementLog.count(sent, s -> s.reads("policy_assignment"))).as(StatementLog.describe(sent))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewersLandingReadsTheirAccountOnce() {
        List<StatementLog.Sent> sent = landing();
        assertThat(StatementLog.count(sent, s -> s.reads("app_user"))).as(StatementLog.describe(sent))
                .isEqualTo(1);
    }

    /**
     * A county reviewer, for whom no change request or evaluation step waits in the demo's policies, has them not
     * looked for: the inbox asks the database no question whose answer is known to be empty ({@code 1<>1}).
     */
    @Test
    @WithUserDetails("county")
    void theLandingAsksNothingThatCannotMatch() {
        List<StatementLog.Sent> sent = landing();
        assertThat(sent).as(StatementLog.describe(sent)).noneMatch(s -> s.sql().contains("1<>1"))
                .noneMatch(s -> s.reads("change_request") && !s.sql().contains("approval_chain from"));
    }

    /**
     * The inbox reads no applications table whole: its question which plugin versions open applications are pinned to
     * is asked of an index (V44), where it grouped every application, at each visit of every user.
     */
    @Test
    @WithUserDetails("bureau")
    void theLandingReadsNoWholeApplicationsTable() {
        List<StatementLog.Sent> sent = landing();
        assertThat(sent).as(StatementLog.describe(sent)).filteredOn(s -> s.reads("recognition_application"))
                .isNotEmpty().allMatch(s -> s.sql().toLowerCase(java.util.Locale.ROOT).contains(" where "));
    }
}
