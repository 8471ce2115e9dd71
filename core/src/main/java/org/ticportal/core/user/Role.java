package org.ticportal.core.user;

/**
 * What a user does in the portal. Each user has one role; some roles are scoped.
 */
public enum Role {
    /** 系统管理员: configures forms, catalogs, calendars, users and plugins. */
    ADMIN,
    /** 科技局工作人员: re-checks, organises experts, decides, publishes notices, supervises centers. */
    BUREAU,
    /** 推荐单位审核人员: reviews and recommends applications in its recommending body's scope. */
    COUNTY,
    /** 申报单位用户: drafts and submits applications for its own unit. */
    APPLICANT,
    /** 评审专家: sees and scores only what is assigned to them. */
    EXPERT,
    /**
     * 审计员: reads the audit log and nothing else (三权分立: the administrator configures, the auditor checks); no
     * business screen, no change right.
     */
    AUDITOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether users of this role must be scoped to a recommending body. */
    public boolean needsRecommendingBody() {
        return this == COUNTY;
    }

    /** Whether users of this role must be scoped to a unit. */
    public boolean needsUnit() {
        return this == APPLICANT;
    }
}
