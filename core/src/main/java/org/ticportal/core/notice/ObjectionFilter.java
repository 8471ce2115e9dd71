package org.ticportal.core.notice;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What 异议管理's grid filters by; every part optional, applied in the database.
 *
 * @param text     part of the notice's title, the center's proposed name, its application's reference number, its lead
 *                 unit or the objection's content; and of the objector's name for those who may see it
 * @param noticeId the notice objected to
 * @param state    filed, received, upheld or dismissed
 * @param filedFrom filed on or after this day
 * @param filedTo   filed on or before this day
 */
public record ObjectionFilter(@Nullable String text, @Nullable Long noticeId, Objection.@Nullable State state,
                              @Nullable LocalDate filedFrom, @Nullable LocalDate filedTo) {

    public static final ObjectionFilter ALL = new ObjectionFilter(null, null, null, null, null);

    public ObjectionFilter withText(@Nullable String t) {
        return new ObjectionFilter(t, noticeId, state, filedFrom, filedTo);
    }

    public ObjectionFilter withNotice(@Nullable Long id) {
        return new ObjectionFilter(text, id, state, filedFrom, filedTo);
    }

    public ObjectionFilter withState(Objection.@Nullable State s) {
        return new ObjectionFilter(text, noticeId, s, filedFrom, filedTo);
    }

    public ObjectionFilter withFiled(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ObjectionFilter(text, noticeId, state, from, to);
    }
}
