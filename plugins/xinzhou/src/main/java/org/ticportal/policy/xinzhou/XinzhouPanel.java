package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;
import java.util.Set;

import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.panel.Aggregation;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.ConclusionFields;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * The expert argumentation of art. 9(2): the bureau organises experts who argue the case by a site visit and an
 * on-site defense. The measures name neither the panel's size nor how scores are combined: three experts, the trimmed
 * mean and the score sheet's points (those of {@code forms/score-sheet.json}) are the usual practice and assumptions
 * the bureau may revisit; avoidance of the applicant, its co-builders and declared conflicts follows the score sheet's
 * declaration.
 */
final class XinzhouPanel {

    /** Finance experts, whom a panel may include (practice; the measures name no seat). */
    static final String FINANCE = "FINANCE";

    private XinzhouPanel() {
    }

    static ExpertPanelRules rules() {
        List<Indicator> sheet = List.of(
                Indicator.leaf("integration", text("资源整合能力和技术转移扩散能力", "Resource integration and technology transfer"), 15),
                Indicator.leaf("ipResults", text("自主知识产权的高科技成果", "High-tech results with own IP"), 20),
                Indicator.leaf("director", text("中心负责人", "Director"), 10),
                Indicator.leaf("team", text("科研团队", "Research team"), 15),
                Indicator.leaf("conditions", text("技术装备、科技资源和服务场所", "Equipment, S&T resources and premises"), 15),
                Indicator.leaf("policyFit", text("符合产业政策和“8+6”产业集群", "Fit with industrial policy and the 8+6 clusters"), 10),
                Indicator.leaf("plan", text("建设方案", "Construction plan"), 15));
        return new ExpertPanelRules(3, List.of(), Aggregation.TRIMMED_MEAN,
                Set.of(Avoidance.APPLICANT_UNIT, Avoidance.CO_BUILDERS, Avoidance.DECLARED_CONFLICT), sheet,
                List.of(new IndustryCluster(FINANCE, text("财务", "Finance"))), Articles.ART_9_2,
                new ConclusionFields("expert.averageScore", "expert.panelConclusion", "expert.opinion",
                        "expert.defenseDate", "expert.panelMembers"));
    }
}
