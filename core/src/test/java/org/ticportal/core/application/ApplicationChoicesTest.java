package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which jurisdiction covers a unit's registered division most closely, by GB/T 2260 codes alone. */
class ApplicationChoicesTest {

    @Test
    void theCityCoversItsDistrictMoreCloselyThanTheProvince() {
        assertThat(ApplicationChoices.closeness("140900", "140902")).isEqualTo(4);
        assertThat(ApplicationChoices.closeness("140000", "140902")).isEqualTo(2);
        assertThat(ApplicationChoices.closeness("140900", "140900")).as("a unit of the city itself").isEqualTo(4);
    }

    @Test
    void aJurisdictionThatDoesNotCoverTheDivisionIsNotClose() {
        assertThat(ApplicationChoices.closeness("140100", "140902")).isZero();
        assertThat(ApplicationChoices.closeness("990100", "140902")).isZero();
    }
}
