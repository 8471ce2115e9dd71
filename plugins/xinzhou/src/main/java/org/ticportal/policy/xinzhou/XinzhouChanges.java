package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.ART_14;
import static org.ticportal.policy.xinzhou.Articles.ART_15;
import static org.ticportal.policy.xinzhou.Articles.ART_16;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;

import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.procedure.Actor;

/** After recognition: change requests (第十五条), conversion of engineering centers and rewards (第十四、十六条). */
final class XinzhouChanges {

    /** 书面申请 → 组织管理部门审核 → 市科技局批准. */
    private static final List<Actor> CHAIN = List.of(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);

    private XinzhouChanges() {
    }

    static List<ChangeType> changeTypes() {
        // 更名: the name only; 变更主要研究方向: the research directions; 调整重组: lead unit, co-builders, institutes
        return List.of(
                ChangeType.of("RENAME", text("更名", "Rename"), CHAIN, ART_15, ChangeType.Part.NAME),
                ChangeType.of("CHANGE_DIRECTION", text("变更主要研究方向", "Change the main research direction"), CHAIN,
                        ART_15, ChangeType.Part.RESEARCH_DIRECTIONS),
                ChangeType.of("RESTRUCTURE", text("调整重组", "Restructure"), CHAIN, ART_15,
                        ChangeType.Part.LEAD_UNIT, ChangeType.Part.CO_BUILDERS, ChangeType.Part.INSTITUTES));
    }

    /**
     * 原有符合条件的市工程技术研究中心，可以申请转成市技术创新中心: same conditions, no scoring sheet of its own; the bureau
     * may skip the optional expert argumentation for a conversion; the new center keeps the engineering center's
     * municipal rewards (第十六条).
     */
    static List<ConversionSource> conversionSources() {
        return List.of(new ConversionSource("ENGINEERING_CENTER",
                text("市工程技术研究中心", "Municipal engineering technology research center"), true, List.of(), ART_16)
                .granting("ENGINEERING_CENTER_REWARDS"));
    }

    static List<Reward> rewards() {
        return List.of(
                new Reward("PRIORITY_PROJECT_SUPPORT", text("对运行良好、成绩突出的，市科技计划项目给予重点支持",
                        "Centers that run well and stand out get priority support from municipal S&T programmes"), ART_14),
                new Reward("PROVINCIAL_RECOMMENDATION", text("对运行良好、成绩突出的，优先推荐申报省级技术创新中心",
                        "Centers that run well and stand out are recommended first for provincial recognition"), ART_14),
                new Reward("ENGINEERING_CENTER_REWARDS", text("享受市级奖励政策参照市工程技术研究中心相关政策规定执行",
                        "Municipal rewards follow the rules for municipal engineering technology research centers"),
                        ART_16));
    }
}
