package org.ticportal.policy.api;

/** How an applicant unit's application reaches the recognising authority. */
public enum SubmissionChannel {
    /** Submitted directly to the authority (e.g. 市直单位直接上报市科技局). */
    DIRECT,
    /** Reviewed first by the recommending body, which must issue a formal recommendation letter (正式推荐文件). */
    RECOMMENDED
}
