package org.ticportal.policy.api.rule;

/** Evidence codes of the portal's standard attachment slots. */
public final class EvidenceCodes {

    /** 营业执照或法人证书 */
    public static final String BUSINESS_LICENCE = "BUSINESS_LICENCE";
    /** 职称证书 */
    public static final String TITLE_CERTIFICATE = "TITLE_CERTIFICATE";
    /** 房产证或租赁合同 */
    public static final String PREMISES_PROOF = "PREMISES_PROOF";
    /** 场地平面图 */
    public static final String FLOOR_PLAN = "FLOOR_PLAN";
    /** 信用记录证明 */
    public static final String CREDIT_RECORD = "CREDIT_RECORD";
    /** 诚信承诺书 */
    public static final String INTEGRITY_PLEDGE = "INTEGRITY_PLEDGE";
    /** 知识产权证书 */
    public static final String IP_CERTIFICATES = "IP_CERTIFICATES";
    /** 技术合同 */
    public static final String TECH_CONTRACTS = "TECH_CONTRACTS";
    /** 负责人简历 */
    public static final String DIRECTOR_CV = "DIRECTOR_CV";
    /** 配套经费证明 */
    public static final String MATCHING_FUNDS_PROOF = "MATCHING_FUNDS_PROOF";
    /** 正式推荐文件 */
    public static final String RECOMMENDATION_LETTER = "RECOMMENDATION_LETTER";
    /** 建设方案 */
    public static final String CONSTRUCTION_PLAN = "CONSTRUCTION_PLAN";
    /**
     * The application exported by the portal as a PDF, stamped (盖章) by the unit and scanned back.
     *
     * @since 0.2.2
     */
    public static final String STAMPED_APPLICATION = "STAMPED_APPLICATION";
    /** 中心章程 */
    public static final String CHARTER = "CHARTER";
    /** 异议书 */
    public static final String OBJECTION_LETTER = "OBJECTION_LETTER";

    private EvidenceCodes() {
    }
}
