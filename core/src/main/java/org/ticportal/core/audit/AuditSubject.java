package org.ticportal.core.audit;

/** The kinds of things whose history is recorded. */
public enum AuditSubject {
    USER,
    PLUGIN,
    /** A policy's assignment to a jurisdiction or one of its settings. */
    POLICY,
    /** A year of the working-day calendar. */
    CALENDAR,
    /** An administrator's change to a catalog of a policy (an entry added, renamed, retired or restored). */
    CATALOG,
    /** A version of a form definition: drafted, imported, published. */
    FORM,
    /** A recognition application (its steps are also kept in its own history). */
    APPLICATION,
    /** A backup archive (its subject id is the archive's file name): taken, downloaded, pruned, restored. */
    BACKUP,
    /** An applicant unit: registered, confirmed or refused, created by hand, its name or division changed. */
    UNIT,
    /** A source address of logins (an IPv4 address or an IPv6 /64), locked after too many failures. */
    LOGIN_SOURCE,
    /** A call for applications (申报批次): opened, changed, its announcing document attached. */
    CALL,
    /** An expert of the pool: added, edited, imported. */
    EXPERT,
    /** An application's expert panel (its subject id is the application's id): drawn, replaced, declared, scored. */
    EXPERT_PANEL,
    /** A meeting of the decision body (党组会议): planned, its agenda changed, minutes attached, decisions recorded. */
    MEETING,
    /** A public notice (认定公示): drafted, published; objections to it filed, received, upheld or dismissed. */
    NOTICE,
    /** A recognised center (技术创新中心): recognised with its name, number and documents; its documents downloaded. */
    CENTER,
    /** A center's annual report (年度报告): started, submitted, returned for a revision. */
    ANNUAL_REPORT,
    /** An engineering center of the registry (市工程技术研究中心): imported, its conversion filed and recognised. */
    ENGINEERING_CENTER,
    /** A center's performance evaluation or an evaluation round (art. 14). */
    EVALUATION,
    /** A center's change request (art. 15): filed, resubmitted, approved at a step, returned, refused. */
    CHANGE_REQUEST,
    /** An export of a grid to Excel or CSV (its subject id is the grid's id): who, which filter, how many rows. */
    EXPORT,
    /** A saved view of a grid (its subject id is the view's id): saved, overwritten, renamed, shared, deleted. */
    SAVED_VIEW,
    /** A machine client of the read-only API (its subject id is the client's id): created, revoked, each call made. */
    API_CLIENT
}
