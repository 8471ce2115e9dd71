package org.ticportal.core.notice;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;

/**
 * The scope checks the notice services share: a notice, and the objections to it, are read and handled only by bureau
 * staff of its jurisdiction (and administrators). Called inside the services' own transactions.
 */
@Component
class NoticeAccess {

    private final PublicNoticeRepository notices;
    private final UserService users;

    NoticeAccess(PublicNoticeRepository notices, UserService users) {
        this.notices = notices;
        this.users = users;
    }

    /** A notice of the user's jurisdiction. */
    PublicNotice managed(long id) {
        PublicNotice n = notices.findById(id).orElseThrow(() -> new BusinessException("notice.notFound", id));
        requireScope(n);
        return n;
    }

    void requireScope(PublicNotice n) {
        requireJurisdiction(n.getJurisdictionCode());
    }

    void requireJurisdiction(String code) {
        if (!users.currentScope().coversJurisdiction(code)) {
            throw new AccessDeniedException("not the user's jurisdiction: " + code);
        }
    }

    /** The jurisdiction a bureau user's lists are limited to; {@code null} (every one) for administrators. */
    @Nullable String scopeJurisdiction() {
        AccessScope scope = users.currentScope();
        return scope.role() == Role.BUREAU ? scope.jurisdictionCode() : null;
    }
}
