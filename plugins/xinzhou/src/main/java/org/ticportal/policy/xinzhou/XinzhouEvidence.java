package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.text;

import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.EvidenceType;

/**
 * The documents that prove the conditions of 第八条, named as an applicant uploads them. Evidence of ATTEST rules is
 * required (a person cannot verify without it); evidence of EXPERT rules supports the experts' judgement.
 */
final class XinzhouEvidence {

    static final EvidenceType BUSINESS_LICENCE = required(EvidenceCodes.BUSINESS_LICENCE,
            "营业执照或事业单位法人证书", "Business licence or legal-person certificate");
    static final EvidenceType TITLE_CERTIFICATE = required(EvidenceCodes.TITLE_CERTIFICATE,
            "中心负责人正高级专业技术职称证书", "The director's full-senior title certificate");
    static final EvidenceType PREMISES_PROOF = required(EvidenceCodes.PREMISES_PROOF,
            "房产证明或租赁合同", "Title deed or lease of the premises");
    static final EvidenceType FLOOR_PLAN = required(EvidenceCodes.FLOOR_PLAN,
            "场地平面图（标注使用面积）", "Floor plan showing the usable area");
    static final EvidenceType CREDIT_RECORD = required(EvidenceCodes.CREDIT_RECORD,
            "信用记录证明（如“信用中国”查询结果）", "Credit record (e.g. a Credit China report)");

    static final EvidenceType TECH_CONTRACTS = supporting(EvidenceCodes.TECH_CONTRACTS,
            "技术合同（技术转移、委托研发等）", "Technology contracts (transfer, commissioned R&D)");
    static final EvidenceType IP_CERTIFICATES = supporting(EvidenceCodes.IP_CERTIFICATES,
            "知识产权证书（专利、软件著作权、标准、品种等）", "IP certificates (patents, software copyrights, standards, varieties)");
    static final EvidenceType DIRECTOR_CV = supporting(EvidenceCodes.DIRECTOR_CV,
            "中心负责人简历", "The director's CV");
    static final EvidenceType INTEGRITY_PLEDGE = supporting(EvidenceCodes.INTEGRITY_PLEDGE,
            "中心负责人诚信承诺书", "The director's integrity pledge");

    private XinzhouEvidence() {
    }

    private static EvidenceType required(String code, String zh, String en) {
        return new EvidenceType(code, text(zh, en), true);
    }

    private static EvidenceType supporting(String code, String zh, String en) {
        return new EvidenceType(code, text(zh, en), false);
    }
}
