package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.text;

import java.util.List;
import java.util.Map;

import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.DocumentTemplate.Kind;
import org.ticportal.policy.api.LocalizedText;

/**
 * The forms and document templates the plugin ships (under {@code forms/} and {@code templates/}), and the policy's
 * own texts.
 */
final class ShanxiDocuments {

    private ShanxiDocuments() {
    }

    static List<DocumentTemplate> documents() {
        return List.of(
                DocumentTemplate.form(DocumentTemplate.APPLICATION_FORM,
                        text("山西省技术创新中心申请书", "Application for a Shanxi TIC"), "forms/application.json"),
                DocumentTemplate.form("RECOMMENDATION", text("推荐意见", "Recommendation"),
                        "forms/recommendation.json"),
                DocumentTemplate.form("FORMAL_REVIEW", text("形式审查", "Formal review"), "forms/formal-review.json"),
                DocumentTemplate.form("EXPERT_CONCLUSION", text("专家评审意见", "Expert conclusion"),
                        "forms/expert-conclusion.json"),
                DocumentTemplate.form("SITE_INSPECTION", text("现场考察意见", "Site inspection"),
                        "forms/site-inspection.json"),
                DocumentTemplate.form("PARTY_GROUP", text("厅党组会议", "Party group meeting"), "forms/party-group.json"),
                DocumentTemplate.form("OBJECTION", text("异议受理", "Objection received"), "forms/objection.json"),
                DocumentTemplate.form("OBJECTION_DECISION", text("异议处理结论", "Objection decision"),
                        "forms/objection-decision.json"),
                DocumentTemplate.form(DocumentTemplate.SCORE_SHEET_FORM, text("专家评分表", "Expert score sheet"),
                        "forms/score-sheet.json"),
                DocumentTemplate.form(DocumentTemplate.ANNUAL_REPORT_FORM,
                        text("山西省技术创新中心年度报告", "Annual report of a Shanxi TIC"), "forms/annual-report.json"),
                DocumentTemplate.form(DocumentTemplate.SELF_EVALUATION_FORM,
                        text("山西省技术创新中心绩效自评表", "Performance self-evaluation"), "forms/self-evaluation.json"),
                DocumentTemplate.form(DocumentTemplate.CHANGE_REQUEST_FORM, text("重大事项变更申请", "Change request"),
                        "forms/change-request.json"),
                DocumentTemplate.text("NOTICE", Kind.NOTICE, text("公示", "Public notice"), "templates/notice.txt"),
                DocumentTemplate.text("DECISION", Kind.DECISION, text("认定通知", "Recognition decision"),
                        "templates/decision.txt"),
                DocumentTemplate.text("CERTIFICATE", Kind.CERTIFICATE, text("牌匾及证书", "Certificate"),
                        "templates/certificate.txt"));
    }

    static Map<String, LocalizedText> messages() {
        return Map.of(
                "call.intro", text(
                        "山西省技术创新中心实行“归口管理、逐级申报”：申报单位在线填报申请书并提交附件，经所在市科技局或主管部门"
                                + "审核推荐后报省科技厅；网上申报截止后，须在通知规定的时间内另行报送与网上内容一致的纸质申报书。"
                                + "每个平台每年度仅限申报一次。",
                        "Applications reach the Shanxi Provincial Department of Science and Technology through the "
                                + "city S&T bureau or the department in charge, which recommends them. Apply online, "
                                + "then send a paper copy identical to the online application by the call's second "
                                + "deadline. A platform applies at most once a year."),
                "call.paperCopy", text(
                        "纸质申报书须由单位盖章，与网上提交内容一致；省科技厅形式审查时核对纸质材料。",
                        "The paper copy carries the unit's stamp and matches the online application; the formal "
                                + "review checks it."),
                "naming.help", text(
                        "中心统一命名为“山西省××技术创新中心”。名称应使用国家规范汉字，不得使用繁体字、异体字、英文字母、汉语拼音、"
                                + "阿拉伯数字或标点符号，不得与其他省技术创新中心或省重点实验室名称重复或近似，不得使用企业名称。",
                        "Centers are named 山西省××技术创新中心. Use standard simplified characters only: no "
                                + "traditional or variant characters, Latin letters, pinyin, digits or punctuation; "
                                + "no duplicate or near-duplicate of another provincial center or key lab; no "
                                + "enterprise name."),
                "objection.instructions", ShanxiSettings.notice().objections().instructions());
    }
}
