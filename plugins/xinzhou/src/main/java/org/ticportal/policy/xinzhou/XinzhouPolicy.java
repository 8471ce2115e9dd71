package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pf4j.Extension;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
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
 * 《忻州市技术创新中心认定管理办法(试行)》 as a policy: every part cites its article. The parts live in small
 * package-private classes: {@link XinzhouCatalogs} (第三至十三条), {@link XinzhouRules} (第八条),
 * {@link XinzhouProcedure} (第九条), {@link XinzhouNotice} (第九条第（三）项), {@link XinzhouEvaluation} (第十四条),
 * {@link XinzhouChanges} (第十四至十六条), {@link XinzhouSettings} and {@link XinzhouDocuments}.
 *
 * <p>The issuing notice gives no document number and the measures apply "from the date of issue" (第十七条) without
 * naming it: both are left empty here for the bureau to enter. The provider holds no state.
 */
@Extension
public class XinzhouPolicy implements PolicyProvider {

    @Override
    public PolicyIdentity identity() {
        return new PolicyIdentity(
                "xinzhou",
                "140900",
                text("忻州市", "Xinzhou City"),
                text("忻州市技术创新中心认定管理办法(试行)",
                        "Xinzhou City Measures for the Recognition and Management of Technology Innovation Centers (Trial)"),
                "",
                text("忻州市科学技术局", "Xinzhou Municipal Science and Technology Bureau"),
                null,
                PolicyStatus.TRIAL);
    }

    @Override
    public PolicyCatalogs catalogs() {
        return XinzhouCatalogs.catalogs();
    }

    @Override
    public NamingRules naming() {
        return XinzhouNotice.naming();
    }

    @Override
    public List<EligibilityRule> eligibilityRules() {
        return XinzhouRules.rules(catalogs());
    }

    @Override
    public Procedure procedure() {
        return XinzhouProcedure.procedure();
    }

    @Override
    public NoticeRules notice() {
        return XinzhouNotice.notice();
    }

    @Override
    public Optional<ExpertPanelRules> expertPanel() {
        return Optional.of(XinzhouPanel.rules());
    }

    @Override
    public EvaluationScheme evaluation() {
        return XinzhouEvaluation.evaluation();
    }

    @Override
    public List<ChangeType> changeTypes() {
        return XinzhouChanges.changeTypes();
    }

    @Override
    public List<ConversionSource> conversionSources() {
        return XinzhouChanges.conversionSources();
    }

    @Override
    public List<Reward> rewards() {
        return XinzhouChanges.rewards();
    }

    /**
     * Calls: rolling filing as art. 4 says ("成熟一个，认定一个"), unless the bureau turns the setting off; quotas for the
     * recommending bodies in a call (practice); the measures set no limit on how many applications one unit files
     * (a unit may lead several centers in different fields), so a unit may hold more than one open application.
     */
    @Override
    public CallRules calls() {
        return CallRules.rollingBySetting(XinzhouSettings.ROLLING_FILING, true, true, Articles.ART_4);
    }

    @Override
    public List<SettingDefinition> settings() {
        return XinzhouSettings.settings();
    }

    @Override
    public List<DocumentTemplate> documents() {
        return XinzhouDocuments.documents();
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return XinzhouDocuments.messages();
    }
}
