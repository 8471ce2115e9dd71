package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.CALL_2024;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pf4j.Extension;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.NamingRules.Constraint;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.panel.ExpertPanelRules;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.call.CallRules;
import org.ticportal.policy.api.setting.SettingDefinition;

/**
 * 《山西省技术创新中心管理办法（试行）》(晋科发〔2020〕64号), issued by 山西省科学技术厅, with the facts of the provincial
 * calls of 2021, 2022 and 2024 that quote it. Every element cites its source: the provincial measures where the
 * Xinzhou text copies them, a call by its year, or a default to be confirmed.
 *
 * <p>The provider holds no state: each method builds its answer from the package's small builders.
 */
@Extension
public class ShanxiPolicy implements PolicyProvider {

    /** Words that mark an enterprise name (2024 call: 不得使用企业名). */
    static final List<String> ENTERPRISE_WORDS = List.of("有限责任公司", "股份有限公司", "有限公司", "股份", "集团", "公司");

    @Override
    public PolicyIdentity identity() {
        return new PolicyIdentity(
                "shanxi",
                "140000",
                text("山西省", "Shanxi Province"),
                text("山西省技术创新中心管理办法（试行）",
                        "Shanxi Province Measures for the Management of Technology Innovation Centers (Trial)"),
                Sources.MEASURES,
                text("山西省科学技术厅", "Shanxi Provincial Department of Science and Technology"),
                null,
                PolicyStatus.TRIAL);
    }

    @Override
    public PolicyCatalogs catalogs() {
        return ShanxiCatalogs.catalogs();
    }

    /**
     * 山西省{core}技术创新中心; standard characters only, no enterprise name, no duplicate or near-duplicate of
     * another provincial center or key lab (asked of the host). Traditional and variant characters cannot be
     * expressed as a constraint of the API: the form's pattern and the experts catch them.
     */
    @Override
    public NamingRules naming() {
        return new NamingRules("山西省{core}技术创新中心",
                Set.of(Constraint.NO_LATIN, Constraint.NO_DIGITS, Constraint.NO_PUNCTUATION,
                        Constraint.NO_ENTERPRISE_NAME, Constraint.UNIQUE),
                ENTERPRISE_WORDS, both(measures("第九条第（三）项"), CALL_2024));
    }

    @Override
    public List<EligibilityRule> eligibilityRules() {
        return ShanxiRules.rules(catalogs());
    }

    @Override
    public Procedure procedure() {
        return ShanxiProcedure.procedure();
    }

    @Override
    public NoticeRules notice() {
        return ShanxiSettings.notice();
    }

    @Override
    public Optional<ExpertPanelRules> expertPanel() {
        return Optional.of(ShanxiPanel.rules());
    }

    @Override
    public EvaluationScheme evaluation() {
        return ShanxiEvaluation.evaluation();
    }

    @Override
    public List<ChangeType> changeTypes() {
        return ShanxiChanges.changeTypes();
    }

    @Override
    public List<ConversionSource> conversionSources() {
        return ShanxiChanges.conversionSources();
    }

    @Override
    public List<Reward> rewards() {
        return ShanxiChanges.rewards();
    }

    /**
     * Calls: the province takes applications in yearly calls only ("归口管理、逐级申报"), each recommending body within
     * the quota a call gives it; one application per platform per year, so a unit holds one open application in a
     * call.
     */
    @Override
    public CallRules calls() {
        return new CallRules("", false, true, false, Sources.CALLS);
    }

    @Override
    public List<SettingDefinition> settings() {
        return ShanxiSettings.settings();
    }

    @Override
    public List<DocumentTemplate> documents() {
        return ShanxiDocuments.documents();
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return ShanxiDocuments.messages();
    }
}
