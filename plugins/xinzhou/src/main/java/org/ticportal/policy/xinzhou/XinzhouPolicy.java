package org.ticportal.policy.xinzhou;

import java.util.List;

import org.pf4j.Extension;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.IndustryGroup;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.RecommendingBodyKind;
import org.ticportal.policy.api.SubmissionChannel;

/**
 * 《忻州市技术创新中心认定管理办法(试行)》: identity and catalogs, each citing its article.
 *
 * <p>The issuing notice gives no document number and the measures apply "from the date of issue" (第十七条) without
 * naming it: both are left empty here for the bureau to enter.
 */
@Extension
public class XinzhouPolicy implements PolicyProvider {

    static final String ART_3 = "第三条";
    static final String ART_6 = "第六条";
    static final String ART_7 = "第七条";
    static final String ART_9 = "第九条";

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
        return new PolicyCatalogs(centerTypes(), industryGroups(), recommendingBodies());
    }

    private static List<CenterType> centerTypes() {
        return List.of(
                new CenterType("COMPREHENSIVE", text("综合类技术创新中心", "Comprehensive center"),
                        text("主要依托高校院所的优势科研力量或新型研发机构等牵头组建，采取“中心（本部）+若干专业化创新研发机构”的组织架构",
                                "Led by universities, institutes or new-type R&D bodies; a headquarters plus specialised R&D institutes"),
                        true, ART_6),
                new CenterType("FIELD", text("领域类技术创新中心", "Field center"),
                        text("主要由行业龙头骨干企业或科研优势突出的高校院所牵头，带动上下游优势企业、高校院所等共同参与建设",
                                "Led by industry-leading enterprises or strong universities and institutes, with upstream and downstream partners"),
                        false, ART_7));
    }

    private static List<IndustryGroup> industryGroups() {
        return List.of(
                new IndustryGroup("FLAGSHIP_8", text("八大标志性引领性产业集群", "Eight flagship industry clusters"), ART_7,
                        List.of(
                                cluster("SEMICONDUCTOR", "半导体", "Semiconductors"),
                                cluster("OPTOELECTRONICS", "光电", "Optoelectronics"),
                                cluster("NEW_ENERGY", "新能源", "New energy"),
                                cluster("SPECIAL_METALS", "特种金属材料", "Special metal materials"),
                                cluster("COAL_MACHINERY", "煤机智能制造", "Intelligent coal-machinery manufacturing"),
                                cluster("MEDICINE_HEALTH", "现代医药和大健康", "Modern medicine and health"),
                                cluster("ENERGY_SAVING", "节能环保", "Energy saving and environmental protection"),
                                cluster("BIG_DATA", "大数据融合创新", "Big-data integrated innovation"))),
                new IndustryGroup("AGRI_PROCESSING_6", text("农产品精深加工六大产业集群",
                        "Six agricultural deep-processing clusters"), ART_7,
                        List.of(
                                cluster("MINOR_GRAINS", "杂粮食品", "Minor-grain foods"),
                                cluster("CHINESE_HERBS", "中药材", "Chinese medicinal herbs"),
                                cluster("MEAT_PRODUCTS", "肉制品", "Meat products"),
                                cluster("BEVERAGES", "饮品（药茶）", "Beverages (medicinal tea)"),
                                cluster("BREWING", "酿品", "Brewed products"),
                                cluster("HEALTH_FOODS", "保健食品（功能农产品）", "Health foods (functional agricultural products)"))));
    }

    private static List<RecommendingBody> recommendingBodies() {
        return List.of(
                new RecommendingBody("140900", text("市直单位", "Municipal-level units"),
                        RecommendingBodyKind.DEPARTMENT, SubmissionChannel.DIRECT, ART_9),
                county("140902", "忻府区", "Xinfu District"),
                county("140921", "定襄县", "Dingxiang County"),
                county("140922", "五台县", "Wutai County"),
                county("140923", "代县", "Dai County"),
                county("140924", "繁峙县", "Fanshi County"),
                county("140925", "宁武县", "Ningwu County"),
                county("140926", "静乐县", "Jingle County"),
                county("140927", "神池县", "Shenchi County"),
                county("140928", "五寨县", "Wuzhai County"),
                county("140929", "岢岚县", "Kelan County"),
                county("140930", "河曲县", "Hequ County"),
                county("140931", "保德县", "Baode County"),
                county("140932", "偏关县", "Pianguan County"),
                county("140981", "原平市", "Yuanping City"),
                new RecommendingBody("XZ_EDZ", text("忻州经济开发区管委会", "Xinzhou Economic Development Zone"),
                        RecommendingBodyKind.FUNCTIONAL_ZONE, SubmissionChannel.RECOMMENDED, ART_9),
                new RecommendingBody("WTS_SCENIC", text("五台山风景名胜区管委会", "Mount Wutai Scenic Area"),
                        RecommendingBodyKind.FUNCTIONAL_ZONE, SubmissionChannel.RECOMMENDED, ART_9));
    }

    private static RecommendingBody county(String code, String zh, String en) {
        return new RecommendingBody(code, text(zh, en), RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, ART_9);
    }

    private static IndustryCluster cluster(String code, String zh, String en) {
        return new IndustryCluster(code, text(zh, en));
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
