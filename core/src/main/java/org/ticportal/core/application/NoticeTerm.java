package org.ticportal.core.application;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * An application's public notice (公示): the days it runs, whether its last day is provisional (counted across a year
 * whose calendar was not loaded), and whether a published notice lists it. One thing because the days are counted
 * when the case enters a notice stage and replaced as a whole by the published notice's period, and only a published,
 * final period lets the portal close the case once it ended (art. 9(3)). Mapped onto the application's own columns;
 * its two flags are never null, so Hibernate always loads a value.
 *
 * @param firstDay           the first day of its public notice; {@code null}: it has had none
 * @param lastDay            the last day (inclusive)
 * @param lastDayProvisional whether that last day is provisional
 * @param published          whether a published notice lists it: false from its entry into a notice stage until the
 *                           bureau publishes one
 */
@Embeddable
record NoticeTerm(@Column(name = "notice_start") @Nullable LocalDate firstDay,
                  @Column(name = "notice_end") @Nullable LocalDate lastDay,
                  @Column(name = "notice_end_provisional", nullable = false) boolean lastDayProvisional,
                  @Column(name = "notice_published", nullable = false) boolean published) {

    /** No notice yet. */
    static final NoticeTerm NONE = new NoticeTerm(null, null, false, false);

    /** The notice runs over the days given (refused when it would end before it starts), published or not as before. */
    NoticeTerm runs(LocalDate first, LocalDate last, boolean provisional) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a notice ends on or after its first day: " + first + ".." + last);
        }
        return new NoticeTerm(first, last, provisional, published);
    }

    /** The same days, listed by a published notice or waiting for one. */
    NoticeTerm withPublished(boolean listed) {
        return new NoticeTerm(firstDay, lastDay, lastDayProvisional, listed);
    }
}
