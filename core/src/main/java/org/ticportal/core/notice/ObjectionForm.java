package org.ticportal.core.notice;

/**
 * What a visitor enters on the public page to object to one center of a notice (DOMAIN.md §3: a unit gives its name,
 * contact and a stamped letter; a person their real name, ID number and contact). Checked by
 * {@link PublicNoticeService#file}.
 *
 * @param entryId  the center objected to
 * @param kind     a unit or a person
 * @param name     the unit's name or the person's real name
 * @param idNumber the person's 18-character resident ID number (ignored for a unit)
 * @param contact  a telephone number or address
 * @param content  what is objected to, and why
 */
public record ObjectionForm(long entryId, Objection.Kind kind, String name, String idNumber, String contact,
                            String content) {

    public ObjectionForm {
        name = name == null ? "" : name;
        idNumber = idNumber == null ? "" : idNumber;
        contact = contact == null ? "" : contact;
        content = content == null ? "" : content;
    }
}
