package org.ticportal.core.notice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notice as 公示管理's grid shows it: the notice, when it was drafted and published, and how many centers it lists
 * and objections it drew (counted for the whole page in two grouped queries, not per row).
 *
 * @param notice         the notice
 * @param createdAt      when it was drafted
 * @param publishedAt    when it was published (null for a draft)
 * @param entries        the centers it lists
 * @param objections     the objections filed to it
 * @param openObjections of those, the ones the bureau has still to decide (filed or received)
 */
public record NoticeRow(NoticeSummary notice, Instant createdAt, @Nullable Instant publishedAt, long entries,
                        long objections, long openObjections) {

    /** The notice's id. */
    public long id() {
        return notice.id();
    }
}
