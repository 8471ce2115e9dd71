package org.ticportal.core.notice;

/**
 * Where a jurisdiction's bureau takes objections, as its latest published notice gives it.
 *
 * @param phone   the telephone for objections
 * @param address the address objections are sent to
 */
public record NoticeContact(String phone, String address) {
}
