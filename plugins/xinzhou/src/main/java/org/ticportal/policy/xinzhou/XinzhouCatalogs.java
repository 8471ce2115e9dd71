package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.ART_10;
import static org.ticportal.policy.xinzhou.Articles.ART_12;
import static org.ticportal.policy.xinzhou.Articles.ART_13;
import static org.ticportal.policy.xinzhou.Articles.ART_15;
import static org.ticportal.policy.xinzhou.Articles.ART_3;
import static org.ticportal.policy.xinzhou.Articles.ART_3_6_7;
import static org.ticportal.policy.xinzhou.Articles.ART_6;
import static org.ticportal.policy.xinzhou.Articles.ART_7;
import static org.ticportal.policy.xinzhou.Articles.ART_8_2;
import static org.ticportal.policy.xinzhou.Articles.ART_9;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;

import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.IndustryGroup;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.RecommendingBodyKind;
import org.ticportal.policy.api.SubmissionChannel;

/** The lists the measures name (第三条 to 第十五条), each entry citing its article. */
final class XinzhouCatalogs {

    static final String COMPREHENSIVE = "COMPREHENSIVE";
    static final String FIELD = "FIELD";
    /** 市直单位: the one body whose units submit directly (第九条第（一）项). */
    static final String MUNICIPAL_UNITS = "140900";
    /**
     * The change types of 第十五条 as a catalog, so the change request form ({@code forms/change-request.json}) can
     * offer them: the same codes and names as {@link XinzhouChanges#changeTypes()}.
     */
    static final String CHANGE_TYPES = "CHANGE_TYPES";

    private XinzhouCatalogs() {
    }

    static PolicyCatalogs catalogs() {
        return new PolicyCatalogs(centerTypes(), industryGroups(), recommendingBodies(), lists());
    }

    private static List<CenterType> centerTypes() {
        return List.of(
                new CenterType(COMPREHENSIVE, text("综合类技术创新中心", "Comprehensive center"),
                        text("主要依托高校院所的优势科研力量或新型研发机构等牵头组建，采取“中心（本部）+若干专业化创新研发机构”的组织架构",
                                "Led by universities, institutes or new-type R&D bodies; a headquarters plus specialised R&D institutes"),
                        true, ART_6),
                new CenterType(FIELD, text("领域类技术创新中心", "Field center"),
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
                new RecommendingBody(MUNICIPAL_UNITS, text("市直单位", "Municipal-level units"),
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

    private static List<Catalog> lists() {
        return List.of(
                new Catalog(Catalog.LEGAL_FORMS, text("法人形态", "Legal forms"), ART_10, List.of(
                        entry("INDEPENDENT_ENTERPRISE", "独立法人企业", "Independent enterprise", ART_10),
                        entry("INDEPENDENT_SOCIAL_SERVICE", "独立社会服务机构", "Independent social-service body", ART_10),
                        entry("INTERNAL_UNIT", "人财物相对独立的内设机构（过渡）",
                                "Internal unit with relatively independent staff, finance and assets (transitional)",
                                ART_10))),
                new Catalog(Catalog.CO_BUILDING_MODES, text("共建方式", "Co-building modes"), ART_12, List.of(
                        entry("MEMBERSHIP", "会员制", "Membership", ART_12),
                        entry("SHAREHOLDING", "股份制", "Shareholding", ART_12),
                        entry("AGREEMENT", "协议制", "Agreement", ART_12))),
                new Catalog(Catalog.PUBLIC_SERVICES, text("公共服务", "Public services"), ART_13, List.of(
                        entry("COMMISSIONED_RD", "技术委托研发", "Commissioned R&D", ART_13),
                        entry("STANDARDS_VALIDATION", "标准制定和实验验证", "Standard setting and experimental validation",
                                ART_13),
                        entry("TESTING", "检验检测", "Inspection and testing", ART_13),
                        entry("INCUBATION", "企业孵化", "Enterprise incubation", ART_13),
                        entry("TRAINING", "人员培训", "Training", ART_13),
                        entry("MARKET_INFORMATION", "市场信息服务", "Market information", ART_13),
                        entry("ACHIEVEMENT_EVALUATION", "成果评价", "Evaluation of results", ART_13),
                        entry("CONSULTING", "科技咨询", "S&T consulting", ART_13),
                        entry("OTHER", "其他", "Other", ART_13))),
                new Catalog(Catalog.UNIT_CATEGORIES, text("牵头单位类别", "Lead-unit categories"), ART_3_6_7, List.of(
                        entry("ABOVE_SCALE_ENTERPRISE", "规模以上企业", "Above-scale enterprise", ART_3),
                        entry("LEADING_ENTERPRISE", "行业龙头骨干企业", "Industry-leading enterprise", ART_7),
                        entry("UNIVERSITY", "高等院校", "University", ART_3),
                        entry("INSTITUTE", "科研院所", "Research institute", ART_3),
                        entry("TECHNICAL_BODY", "技术机构", "Technical body", ART_3),
                        entry("NEW_RD_BODY", "新型研发机构", "New-type R&D body", ART_6),
                        entry("OTHER", "其他", "Other", ""))),
                new Catalog(Catalog.TITLE_LEVELS, text("专业技术职称级别", "Professional title levels"), ART_8_2, List.of(
                        entry("FULL_SENIOR", "正高级", "Full senior", ART_8_2),
                        entry("DEPUTY_SENIOR", "副高级", "Deputy senior", ""),
                        entry("INTERMEDIATE", "中级", "Intermediate", ""),
                        entry("OTHER", "其他", "Other", ""))),
                new Catalog(Catalog.IP_KINDS, text("知识产权类别", "Kinds of intellectual property"), ART_8_2, List.of(
                        entry("INVENTION_PATENT", "发明专利", "Invention patent", ART_8_2),
                        entry("UTILITY_PATENT", "实用新型专利", "Utility-model patent", ART_8_2),
                        entry("DESIGN_PATENT", "外观设计专利", "Design patent", ART_8_2),
                        entry("SOFTWARE_COPYRIGHT", "软件著作权", "Software copyright", ART_8_2),
                        entry("STANDARD", "标准", "Standard", ART_8_2),
                        entry("PLANT_VARIETY", "植物新品种", "Plant variety", ART_8_2),
                        entry("OTHER", "其他", "Other", ART_8_2))),
                new Catalog(CHANGE_TYPES, text("重大事项变更类型", "Kinds of change"), ART_15,
                        XinzhouChanges.changeTypes().stream()
                                .map(t -> new CatalogEntry(t.code(), t.name(), t.article())).toList()));
    }

    private static RecommendingBody county(String code, String zh, String en) {
        return new RecommendingBody(code, text(zh, en), RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, ART_9);
    }

    private static IndustryCluster cluster(String code, String zh, String en) {
        return new IndustryCluster(code, text(zh, en));
    }

    private static CatalogEntry entry(String code, String zh, String en, String article) {
        return CatalogEntry.of(code, zh, en, article);
    }
}
