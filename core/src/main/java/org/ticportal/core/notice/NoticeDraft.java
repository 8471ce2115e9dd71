package org.ticportal.core.notice;

import java.util.List;

import org.ticportal.core.common.BusinessException;

/**
 * What the bureau enters to build a notice.
 *
 * @param jurisdictionCode the jurisdiction whose applications it publishes
 * @param title            its title, e.g. 2026年第一批忻州市技术创新中心认定公示
 * @param contactPhone     the telephone for objections
 * @param contactAddress   the address objections are sent to
 * @param applicationIds   the applications on it, in order
 */
public record NoticeDraft(String jurisdictionCode, String title, String contactPhone, String contactAddress,
                          List<Long> applicationIds) {

    public NoticeDraft {
        applicationIds = List.copyOf(applicationIds);
    }

    String checked(String field, String key, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw BusinessException.onField(field, key);
        }
        if (v.length() > max) {
            throw BusinessException.onField(field, "notice.tooLong", max);
        }
        return v;
    }
}
