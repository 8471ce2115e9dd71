package org.ticportal.core.notice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An objection as 异议管理's grid shows it, with its notice and the center objected to. The objector's name is the
 * one the notice's screen shows: whole for the bureau of the notice's jurisdiction, masked for anyone else.
 *
 * @param id               its id
 * @param noticeId         its notice
 * @param noticeTitle      the notice's title
 * @param jurisdictionCode the notice's jurisdiction
 * @param applicationId    the application objected to
 * @param referenceNo      that application's reference number
 * @param centerName       the center's proposed name on the notice
 * @param leadUnit         its lead unit
 * @param kind             unit or person
 * @param objector         the objector's name (masked when not shown)
 * @param content          what is objected to
 * @param filedAt          when it was filed
 * @param filedOn          the portal's day it was filed
 * @param state            filed, received, upheld, dismissed
 * @param handledBy        who received or decided it last
 * @param handledAt        when
 * @param personalShown    whether the objector's name is shown whole
 */
public record ObjectionRow(long id, long noticeId, String noticeTitle, String jurisdictionCode, long applicationId,
                           String referenceNo, String centerName, String leadUnit, Objection.Kind kind,
                           String objector, String content, Instant filedAt, LocalDate filedOn,
                           Objection.State state, @Nullable String handledBy, @Nullable Instant handledAt,
                           boolean personalShown) {
}
