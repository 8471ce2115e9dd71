package org.ticportal.core.notice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An objection as the bureau's screen shows it. The objector's personal data (name, ID number, contact, letter) is
 * there only for bureau users of the notice's jurisdiction; for anyone else it is hidden ({@code personalShown} false,
 * the name and contact masked, no ID number).
 *
 * @param id            its id
 * @param version       its version, for optimistic locking
 * @param noticeId      its notice
 * @param centerName    the center objected to
 * @param applicationId that center's application
 * @param kind          unit or person
 * @param objector      the objector's name (masked when not shown)
 * @param idNumber      a person's ID number (null when not shown or a unit)
 * @param contact       the contact (masked when not shown)
 * @param content       what is objected to
 * @param letterName    the letter's file name, if any
 * @param evidenceName  the evidence's file name, if any
 * @param filedAt       when it was filed
 * @param filedOn       the portal's day it was filed
 * @param state         filed, received, upheld, dismissed
 * @param reasons       the bureau's reasons once decided
 * @param replyName     the reply document's file name once decided
 * @param personalShown whether the personal data is shown
 */
public record ObjectionView(long id, long version, long noticeId, String centerName, long applicationId,
                            Objection.Kind kind, String objector, @Nullable String idNumber, String contact,
                            String content, @Nullable String letterName, @Nullable String evidenceName,
                            Instant filedAt, LocalDate filedOn, Objection.State state, @Nullable String reasons,
                            @Nullable String replyName, boolean personalShown) {

    static ObjectionView of(Objection o, String centerName, boolean personal) {
        return new ObjectionView(o.getId(), o.getVersion(), o.getNoticeId(), centerName, o.getApplicationId(),
                o.getKind(), personal ? o.getObjectorName() : mask(o.getObjectorName()),
                personal ? o.getIdNumber() : null, personal ? o.getContact() : mask(o.getContact()), o.getContent(),
                personal ? o.getLetterName() : null, o.getEvidenceName(), o.getFiledAt(), o.getFiledOn(),
                o.getState(), o.getReasons(), o.getReplyName(), personal);
    }

    static String mask(String s) {
        return s.isEmpty() ? "" : s.charAt(0) + "**";
    }
}
