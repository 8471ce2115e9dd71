package org.ticportal.policy.xinzhou;

import org.ticportal.policy.api.LocalizedText;

/**
 * The articles and clauses of 《忻州市技术创新中心认定管理办法(试行)》 that the policy cites, and a shorthand for
 * bilingual texts. Everything the plugin returns names one of these.
 */
final class Articles {

    static final String ART_2 = "第二条";
    static final String ART_3 = "第三条";
    static final String ART_4 = "第四条";
    static final String ART_5 = "第五条";
    static final String ART_6 = "第六条";
    static final String ART_7 = "第七条";
    static final String ART_3_6_7 = "第三条、第六条、第七条";
    static final String ART_3_7 = "第三条、第七条";
    static final String ART_8 = "第八条";
    /** 牵头单位在忻州市内注册登记，具有独立法人资格，资源整合和技术转移扩散能力。 */
    static final String ART_8_1 = "第八条第（一）项";
    /** 自主知识产权的高科技成果；负责人正高级职称；稳定的科研团队。 */
    static final String ART_8_2 = "第八条第（二）项";
    /** 技术装备、科技资源、服务场所；使用面积不少于500平方米。 */
    static final String ART_8_3 = "第八条第（三）项";
    /** 产业政策、“8+6”产业集群和“336”战略布局；无重大安全、质量、环境问题或违法失信。 */
    static final String ART_8_4 = "第八条第（四）项";
    static final String ART_9 = "第九条";
    /** 提出申请：市直单位直接上报；县（市、区）单位经当地科技主管部门审核推荐。 */
    static final String ART_9_1 = "第九条第（一）项";
    /** 专家论证：复核、实地考察和现场答辩、完善建设方案。 */
    static final String ART_9_2 = "第九条第（二）项";
    /** 认定公示：党组会议、5个工作日公示、统一命名。 */
    static final String ART_9_3 = "第九条第（三）项";
    static final String ART_10 = "第十条";
    static final String ART_11 = "第十一条";
    static final String ART_12 = "第十二条";
    static final String ART_13 = "第十三条";
    static final String ART_14 = "第十四条";
    static final String ART_15 = "第十五条";
    static final String ART_16 = "第十六条";
    static final String ART_17 = "第十七条";

    private Articles() {
    }

    /** A Chinese text with its English rendering. */
    static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
