package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.PRACTICE;
import static org.ticportal.policy.shanxi.Sources.text;

import java.util.List;
import java.util.Set;

import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.panel.Aggregation;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.ConclusionFields;
import org.ticportal.policy.api.panel.PanelSeat;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * The provincial expert review (专家评审). The calls quoted in the domain notes name no panel size, seats or points:
 * five experts with at least one finance expert, the trimmed mean and the indicator points below are provincial
 * practice and assumptions (marked {@value Sources#PRACTICE}); the avoidance follows the usual declaration.
 */
final class ShanxiPanel {

    /** Finance experts (财务专家), one of whom sits on each panel (practice). */
    static final String FINANCE = "FINANCE";

    private ShanxiPanel() {
    }

    static ExpertPanelRules rules() {
        List<Indicator> sheet = List.of(
                Indicator.leaf("leadUnit", text("牵头单位基础与资源整合能力", "Lead unit and resource integration"), 20),
                Indicator.leaf("results", text("技术成果与自主知识产权", "Results and own IP"), 20),
                Indicator.leaf("team", text("负责人与研发团队", "Director and team"), 20),
                Indicator.leaf("conditions", text("研发条件与场所", "R&D conditions and premises"), 15),
                Indicator.leaf("plan", text("建设方案与配套经费", "Construction plan and matching funds"), 25));
        return new ExpertPanelRules(5,
                List.of(new PanelSeat(FINANCE, 1, text("至少一名财务专家", "At least one finance expert"))),
                Aggregation.TRIMMED_MEAN,
                Set.of(Avoidance.APPLICANT_UNIT, Avoidance.CO_BUILDERS, Avoidance.DECLARED_CONFLICT), sheet,
                List.of(new IndustryCluster(FINANCE, text("财务", "Finance"))), PRACTICE,
                new ConclusionFields("expertReview.score", null, "expertReview.opinion", "expertReview.date", null));
    }
}
