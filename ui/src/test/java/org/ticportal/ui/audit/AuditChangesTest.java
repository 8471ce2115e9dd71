package org.ticportal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticportal.ui.audit.AuditChanges.Change;

/**
 * An audit record's before and after values field by field, in each form the services write them: a JSON object, parts
 * joined by a separator, a user's access ({@code ROLE key=value …}); a single value is not taken apart.
 */
class AuditChangesTest {

    @Test
    void jsonObjectsAreComparedKeyByKey() {
        assertThat(AuditChanges.of("{\"140900\":5,\"140100\":3}", "{\"140900\":6,\"140100\":3,\"140200\":1}"))
                .containsExactly(new Change("140900", "5", "6"), new Change("140100", "3", "3"),
                        new Change("140200", null, "1"));
    }

    @Test
    void partsAreComparedByPosition() {
        var changes = AuditChanges.of("甲中心 / 140921 / -", "乙中心 / 140921 / 140900");
        assertThat(changes).containsExactly(new Change("1", "甲中心", "乙中心"), new Change("2", "140921", "140921"),
                new Change("3", "-", "140900"));
        assertThat(changes).filteredOn(Change::changed).extracting(Change::field).containsExactly("1", "3");
    }

    @Test
    void aUsersAccessIsComparedByRoleAndKey() {
        assertThat(AuditChanges.of("EXPERT", "COUNTY body=140921"))
                .containsExactly(new Change("1", "EXPERT", "COUNTY"), new Change("body", null, "140921"));
        assertThat(AuditChanges.of("APPLICANT unit=7 unit-admin", "APPLICANT unit=8"))
                .containsExactly(new Change("1", "APPLICANT", "APPLICANT"), new Change("unit", "7", "8"),
                        new Change("3", "unit-admin", null));
    }

    @Test
    void singleValuesAreNotTakenApart() {
        assertThat(AuditChanges.of("REGISTERED", "CONFIRMED")).isEmpty();
        assertThat(AuditChanges.of(null, "忻州市乙技术创新中心")).isEmpty();
        assertThat(AuditChanges.of("{not json", "x")).isEmpty();
        assertThat(AuditChanges.of(null, null)).isEmpty();
    }
}
