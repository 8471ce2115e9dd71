package org.ticportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessScopeTest {

    @Test
    void aCountyReviewerSeesOnlyUnitsOfTheirRecommendingBody() {
        AccessScope county = new AccessScope(Role.COUNTY, "140902", null);
        assertThat(county.covers(7, "140902")).isTrue();
        assertThat(county.covers(7, "140921")).isFalse();
    }

    @Test
    void anApplicantSeesOnlyTheirOwnUnit() {
        AccessScope applicant = new AccessScope(Role.APPLICANT, null, 7L);
        assertThat(applicant.covers(7, "140902")).isTrue();
        assertThat(applicant.covers(8, "140902")).isFalse();
    }

    @Test
    void bureauAndAdministratorsSeeEverythingAndExpertsNoUnitByDefault() {
        assertThat(new AccessScope(Role.BUREAU, null, null).covers(1, "x")).isTrue();
        assertThat(new AccessScope(Role.ADMIN, null, null).isUnrestricted()).isTrue();
        assertThat(new AccessScope(Role.EXPERT, null, null).covers(1, "x")).isFalse();
    }
}
