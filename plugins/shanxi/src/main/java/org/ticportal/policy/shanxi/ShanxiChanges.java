package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.PRACTICE;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.util.List;

import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Change requests (reviewed by the recommending body, approved by the provincial department), conversion of
 * provincial engineering technology research centers, and rewards.
 */
final class ShanxiChanges {

    private static final List<Actor> CHAIN = List.of(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
    private static final String ART_15 = measures("第十五条");

    private ShanxiChanges() {
    }

    static List<ChangeType> changeTypes() {
        // 更名: the name only; 变更主要研究方向: the research directions; 调整重组: lead unit, co-builders, institutes
        return List.of(
                ChangeType.of("RENAME", text("更名", "Rename"), CHAIN, ART_15, ChangeType.Part.NAME),
                ChangeType.of("CHANGE_DIRECTION", text("变更主要研究方向", "Change the main research direction"),
                        CHAIN, ART_15, ChangeType.Part.RESEARCH_DIRECTIONS),
                ChangeType.of("RESTRUCTURE", text("调整重组", "Restructure"), CHAIN, ART_15,
                        ChangeType.Part.LEAD_UNIT, ChangeType.Part.CO_BUILDERS, ChangeType.Part.INSTITUTES));
    }

    /**
     * A 山西省工程技术研究中心 may convert, by a simplified procedure. The scoring sheet is illustrative practice
     * (four indicators, 100 points), showing the department can score conversions.
     */
    static List<ConversionSource> conversionSources() {
        return List.of(new ConversionSource("PROVINCIAL_ENGINEERING_CENTER",
                text("山西省工程技术研究中心", "Shanxi Engineering Technology Research Center"), true,
                conversionSheet(), both(measures("第十六条"), "评分表为" + PRACTICE)));
    }

    static List<Indicator> conversionSheet() {
        return List.of(
                Indicator.leaf("RD_CAPABILITY", text("研发能力与水平", "R&D capability"), 30),
                Indicator.leaf("RESULTS_TRANSFER", text("成果转化与产业化", "Results transferred and industrialised"), 30),
                Indicator.leaf("INDUSTRY_SERVICE", text("行业服务与辐射带动", "Service to the industry"), 20),
                Indicator.leaf("OPERATION", text("运行管理与开放合作", "Operation and open cooperation"), 20));
    }

    static List<Reward> rewards() {
        return List.of(
                new Reward("NATIONAL_RECOMMENDATION",
                        text("运行良好、成绩突出的，优先推荐申报国家技术创新中心",
                                "Well-run, outstanding centers are recommended first to the national level"),
                        measures("第十四条")),
                new Reward("PRIORITY_PROJECTS",
                        text("运行良好、成绩突出的，省科技计划项目给予重点支持",
                                "Well-run, outstanding centers get priority support from provincial S&T programmes"),
                        measures("第十四条")));
    }
}
