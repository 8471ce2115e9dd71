package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;
import java.util.Map;

import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.DocumentTemplate.Kind;
import org.ticportal.policy.api.LocalizedText;

/**
 * The forms (JSON, {@code docs/form-definitions.md}) and document templates (text with {@code ${placeholder}}
 * fields) the policy ships, and its own texts by key.
 */
final class XinzhouDocuments {

    private XinzhouDocuments() {
    }

    static List<DocumentTemplate> documents() {
        return List.of(
                DocumentTemplate.form(DocumentTemplate.APPLICATION_FORM,
                        text("忻州市技术创新中心申请书", "Application for a Xinzhou TIC"), "forms/application.json"),
                DocumentTemplate.form(XinzhouProcedure.FORM_RECOMMENDATION,
                        text("县（市、区）科技主管部门推荐意见", "County recommendation"), "forms/recommendation.json"),
                DocumentTemplate.form(XinzhouProcedure.FORM_EXPERT_CONCLUSION,
                        text("专家论证意见", "Expert argumentation conclusion"), "forms/expert-conclusion.json"),
                DocumentTemplate.form(XinzhouProcedure.FORM_PLAN_REVISION,
                        text("完善后的建设方案", "Revised construction plan"), "forms/plan-revision.json"),
                DocumentTemplate.form(XinzhouProcedure.FORM_PARTY_GROUP,
                        text("市科技局党组会议研究结果", "Party leadership group decision"), "forms/party-group.json"),
                DocumentTemplate.form(XinzhouProcedure.FORM_OBJECTION,
                        text("异议登记", "Objection record"), "forms/objection.json"),
                DocumentTemplate.form(DocumentTemplate.SCORE_SHEET_FORM,
                        text("专家论证评分表", "Expert score sheet"), "forms/score-sheet.json"),
                DocumentTemplate.form(DocumentTemplate.ANNUAL_REPORT_FORM,
                        text("忻州市技术创新中心年度报告", "Annual report of a Xinzhou TIC"), "forms/annual-report.json"),
                DocumentTemplate.form(DocumentTemplate.SELF_EVALUATION_FORM,
                        text("忻州市技术创新中心绩效自评表", "Performance self-evaluation"), "forms/self-evaluation.json"),
                DocumentTemplate.form(DocumentTemplate.CHANGE_REQUEST_FORM,
                        text("重大事项变更申请", "Change request"), "forms/change-request.json"),
                DocumentTemplate.text("NOTICE", Kind.NOTICE,
                        text("忻州市技术创新中心认定公示", "Public notice"), "templates/notice.txt"),
                DocumentTemplate.text("DECISION", Kind.DECISION,
                        text("关于认定忻州市技术创新中心的通知", "Recognition notice"), "templates/decision.txt"),
                DocumentTemplate.text("CERTIFICATE", Kind.CERTIFICATE,
                        text("忻州市技术创新中心证书（牌匾）", "Certificate and plaque"), "templates/certificate.txt"));
    }

    static Map<String, LocalizedText> messages() {
        return Map.of(
                "call.intro", text(
                        "依据《忻州市技术创新中心认定管理办法(试行)》，坚持“成熟一个，认定一个”（第四条），常年受理申报。"
                                + "牵头单位应在忻州市内注册登记、具有独立法人资格（第八条）；请如实填写《忻州市技术创新中心申请书》"
                                + "并上传附件。市直单位直接上报市科技局；县（市、区）单位由当地科技主管部门审核同意并出具正式推荐文件后上报"
                                + "（第九条第（一）项）。",
                        "Under the Xinzhou TIC measures, applications are accepted whenever a center is ready (art. 4)."
                                + " The lead unit must be registered in Xinzhou and be an independent legal person (art. 8)."
                                + " Fill in the application truthfully and upload the attachments. Municipal units submit to"
                                + " the bureau directly; county units go through their county S&T body, which issues a"
                                + " formal recommendation letter (art. 9(1))."),
                "notice.objectionInstructions", XinzhouNotice.OBJECTION_INSTRUCTIONS,
                "naming.help", text(
                        "认定后统一命名为“忻州市××技术创新中心”（第九条第（三）项）。只填写××部分，不得含有企业名称"
                                + "（如“有限公司”“集团”）、拉丁字母、拼音或阿拉伯数字，不得与已有中心重名。",
                        "Recognised centers are named \"忻州市××技术创新中心\" (art. 9(3)). Enter only the ×× part:"
                                + " no enterprise name, Latin letters, pinyin or digits, and no existing center's name."),
                "area.help", text(
                        "使用面积不少于500平方米；综合类技术创新中心只计中心（本部），领域类计整个中心（第八条第（三）项）。",
                        "At least 500 m² of usable area: the headquarters of a comprehensive center, the whole field"
                                + " center (art. 8(3))."),
                "evaluation.intro", text(
                        "市科技局以三年为周期组织专家对中心进行绩效评估，参考评估结果决定保留、整改或撤销；"
                                + "运行良好、成绩突出的，市科技计划项目给予重点支持，并优先推荐申报省级技术创新中心（第十四条）。",
                        "Every three years experts evaluate each center; the bureau retains, orders rectification or"
                                + " revokes. Outstanding centers get priority support and recommendation to the province"
                                + " (art. 14)."),
                "change.intro", text(
                        "更名、变更主要研究方向或调整重组，由牵头建设单位提出书面申请，经组织管理部门审核后报市科技局批准（第十五条）。",
                        "To rename, change the main research direction or restructure, the lead unit applies in writing;"
                                + " the supervising department reviews and the bureau approves (art. 15)."),
                "conversion.intro", text(
                        "原有符合条件的市工程技术研究中心，可以申请转成市技术创新中心（第十六条），条件与新申报相同，"
                                + "市科技局可简化专家论证环节。",
                        "An eligible municipal engineering technology research center may apply to convert (art. 16):"
                                + " the same conditions apply; the bureau may simplify the expert argumentation."));
    }
}
