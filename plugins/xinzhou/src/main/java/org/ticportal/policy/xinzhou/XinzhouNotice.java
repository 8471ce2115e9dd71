package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.ART_9_3;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.NamingRules.Constraint;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.notice.ObjectionRules;

/**
 * 第九条第（三）项: the public notice on the bureau's website and the uniform name "忻州市××技术创新中心".
 *
 * <p>The measures fix the length (5 working days) and the place; everything about objections is practice.
 */
final class XinzhouNotice {

    /** Practice: the days the bureau has to handle an objection (setting {@code objection.handlingWorkingDays}). */
    static final int OBJECTION_HANDLING_DAYS = 10;

    static final LocalizedText OBJECTION_INSTRUCTIONS = text(
            "公示期内，任何单位和个人对公示对象有异议的，请以书面形式向市科技局提出。单位提出异议的，须加盖本单位公章；"
                    + "个人提出异议的，须签署真实姓名并注明联系方式。逾期或匿名提出的异议不予受理。",
            "During the notice period anyone may object in writing to the Xinzhou Science and Technology Bureau. A unit"
                    + " stamps its objection with its seal; a person signs with their real name and gives a contact."
                    + " Late or anonymous objections are not accepted.");

    private XinzhouNotice() {
    }

    static NoticeRules notice() {
        return new NoticeRules(5, true, "市科技局网站",
                // practice: written, stamped by units, signed by persons, late ones refused, handled in 10 working days
                new ObjectionRules(true, true, true, true, OBJECTION_HANDLING_DAYS, OBJECTION_INSTRUCTIONS),
                ART_9_3);
    }

    /**
     * 统一命名为“忻州市××技术创新中心”. The measures say no more; practice (and the provincial measures the city
     * follows) refuse enterprise names, Latin letters and digits, and duplicates.
     */
    static NamingRules naming() {
        return new NamingRules("忻州市{core}技术创新中心",
                Set.of(Constraint.UNIQUE, Constraint.NO_ENTERPRISE_NAME, Constraint.NO_LATIN, Constraint.NO_DIGITS),
                List.of("有限责任公司", "有限公司", "股份", "集团", "公司"),
                ART_9_3);
    }
}
