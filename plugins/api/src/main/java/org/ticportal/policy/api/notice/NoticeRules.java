package org.ticportal.policy.api.notice;

import java.util.Objects;

/**
 * The public notice.
 *
 * @param workingDays             its length in Chinese working days (holidays off, make-up days on)
 * @param publicationDayCounts    whether the publication day is day 1 when it is a working day
 * @param where                   where it is published (e.g. 市科技局网站)
 * @param objections              how objections are received
 * @param article                 the article that sets it
 */
public record NoticeRules(int workingDays, boolean publicationDayCounts, String where, ObjectionRules objections,
                          String article) {

    public NoticeRules {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a notice lasts at least one working day");
        }
        Objects.requireNonNull(objections, "objections");
        where = where == null ? "" : where;
        article = article == null ? "" : article;
    }
}
