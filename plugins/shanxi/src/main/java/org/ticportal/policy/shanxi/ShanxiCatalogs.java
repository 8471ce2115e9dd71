package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.CALLS;
import static org.ticportal.policy.shanxi.Sources.CALL_2021;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

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

/**
 * The Shanxi catalogs: center types, the "14+N" industries of the 2021 call, the recommending bodies (eleven city
 * S&amp;T bureaus, provincial departments and universities, the comprehensive reform zone) and the simple lists.
 *
 * <p>Applications reach the province "归口管理、逐级申报": every unit applies through the body in charge of it, so
 * every recommending body uses the {@link SubmissionChannel#RECOMMENDED} channel. A city bureau covers every unit
 * registered in its city: its {@code divisions} is the city's four-digit prefix (a unit in 140902 忻府区 applies
 * through 忻州市科技局).
 */
final class ShanxiCatalogs {

    static final String COMPREHENSIVE = "COMPREHENSIVE";
    static final String FIELD = "FIELD";
    /** Code of the provincial departments' and universities' channel. */
    static final String PROVINCIAL_UNITS = "SX_PROVINCIAL";
    /** Code of 山西转型综合改革示范区. */
    static final String REFORM_ZONE = "SX_REFORM_ZONE";
    /**
     * The change types as a catalog, so the change request form ({@code forms/change-request.json}) can offer them:
     * the same codes and names as {@link ShanxiChanges#changeTypes()}.
     */
    static final String CHANGE_TYPES = "CHANGE_TYPES";

    private ShanxiCatalogs() {
    }

    static PolicyCatalogs catalogs() {
        return new PolicyCatalogs(centerTypes(), industryGroups(), recommendingBodies(), ShanxiLists.lists());
    }

    static List<CenterType> centerTypes() {
        return List.of(
                new CenterType(COMPREHENSIVE, text("综合类技术创新中心", "Comprehensive center"),
                        text("主要依托高校院所的优势科研力量或新型研发机构等牵头组建，采取“中心（本部）+若干专业化创新研发机构”的组织架构",
                                "Led by universities, institutes or new-type R&D bodies; a headquarters plus "
                                        + "specialised R&D institutes laid out across the province"),
                        true, measures("第六条")),
                new CenterType(FIELD, text("领域类技术创新中心", "Field center"),
                        text("主要由行业龙头骨干企业或科研优势突出的高校院所牵头，带动上下游优势企业、高校院所等共同参与建设",
                                "Led by industry-leading enterprises or strong universities and institutes, with "
                                        + "upstream and downstream partners"),
                        false, measures("第七条")));
    }

    /** The "14+N" key industries (2021 call); N is open: {@code OTHER_EMERGING}, which administrators may refine. */
    static List<IndustryGroup> industryGroups() {
        return List.of(new IndustryGroup("INDUSTRIES_14N", text("“14+N”重点产业集群", "The \"14+N\" key industries"),
                CALL_2021, List.of(
                        cluster("SEMICONDUCTOR", "半导体", "Semiconductors"),
                        cluster("CARBON_MATERIALS", "碳基新材料", "Carbon-based new materials"),
                        cluster("SPECIAL_METALS", "特种金属材料", "Special metal materials"),
                        cluster("BIG_DATA", "大数据", "Big data"),
                        cluster("XINCHUANG", "信息技术应用创新", "IT application innovation (Xinchuang)"),
                        cluster("COAL_MACHINERY", "煤机智能制造", "Intelligent coal-machinery manufacturing"),
                        cluster("RAIL_TRANSIT", "轨道交通", "Rail transit"),
                        cluster("GENERAL_AVIATION", "通用航空", "General aviation"),
                        cluster("NEW_ENERGY", "新能源", "New energy"),
                        cluster("NEW_ENERGY_VEHICLES", "新能源汽车", "New-energy vehicles"),
                        cluster("COALBED_METHANE", "煤层气", "Coalbed methane"),
                        cluster("BIOMEDICINE_HEALTH", "现代生物医药和大健康", "Modern biomedicine and health"),
                        cluster("CLEAN_COAL", "煤炭清洁高效利用", "Clean and efficient use of coal"),
                        cluster("ORGANIC_DRY_FARMING", "有机旱作农业和现代农业", "Organic dry farming and modern agriculture"),
                        cluster("OTHER_EMERGING", "其他新兴产业（N）", "Other emerging industries (N)"))));
    }

    static List<RecommendingBody> recommendingBodies() {
        return List.of(
                city("140100", "太原市科技局", "Taiyuan S&T Bureau"),
                city("140200", "大同市科技局", "Datong S&T Bureau"),
                city("140300", "阳泉市科技局", "Yangquan S&T Bureau"),
                city("140400", "长治市科技局", "Changzhi S&T Bureau"),
                city("140500", "晋城市科技局", "Jincheng S&T Bureau"),
                city("140600", "朔州市科技局", "Shuozhou S&T Bureau"),
                city("140700", "晋中市科技局", "Jinzhong S&T Bureau"),
                city("140800", "运城市科技局", "Yuncheng S&T Bureau"),
                city("140900", "忻州市科技局", "Xinzhou S&T Bureau"),
                city("141000", "临汾市科技局", "Linfen S&T Bureau"),
                city("141100", "吕梁市科技局", "Lüliang S&T Bureau"),
                new RecommendingBody(PROVINCIAL_UNITS, text("省直有关部门和高校（归口管理）",
                        "Provincial departments and universities (through the body in charge)"),
                        RecommendingBodyKind.DEPARTMENT, SubmissionChannel.RECOMMENDED, CALLS),
                // its units are registered in Taiyuan and Jinzhong districts: chosen explicitly, no division prefix
                new RecommendingBody(REFORM_ZONE, text("山西转型综合改革示范区管委会",
                        "Shanxi Comprehensive Reform Demonstration Zone"),
                        RecommendingBodyKind.FUNCTIONAL_ZONE, SubmissionChannel.RECOMMENDED, CALLS));
    }

    private static RecommendingBody city(String code, String zh, String en) {
        return new RecommendingBody(code, text(zh, en), RecommendingBodyKind.CITY, SubmissionChannel.RECOMMENDED,
                CALLS, List.of(code.substring(0, 4)));
    }

    private static IndustryCluster cluster(String code, String zh, String en) {
        return new IndustryCluster(code, text(zh, en));
    }

    /** The simple lists, which the Xinzhou measures copy from the provincial ones. */
    static final class ShanxiLists {

        private ShanxiLists() {
        }

        static List<Catalog> lists() {
            return List.of(
                    new Catalog(Catalog.LEGAL_FORMS, text("法人形式", "Legal forms"), measures("第十条"), List.of(
                            entry("INDEPENDENT_ENTERPRISE", "独立法人企业", "Independent enterprise", "第十条"),
                            entry("INDEPENDENT_SOCIAL_SERVICE", "独立法人社会服务机构", "Independent social-service body",
                                    "第十条"),
                            entry("INTERNAL_UNIT", "人财物相对独立的内设机构（向独立法人过渡）",
                                    "Internal unit in transition to a legal entity", "第十条"))),
                    new Catalog(Catalog.CO_BUILDING_MODES, text("共建方式", "Co-building modes"), measures("第十二条"),
                            List.of(
                                    entry("MEMBERSHIP", "会员制", "Membership", "第十二条"),
                                    entry("SHAREHOLDING", "股份制", "Shareholding", "第十二条"),
                                    entry("AGREEMENT", "协议制", "Agreement", "第十二条"))),
                    new Catalog(Catalog.PUBLIC_SERVICES, text("公共服务", "Public services"), measures("第十三条"),
                            List.of(
                                    entry("COMMISSIONED_RD", "技术委托研发", "Commissioned R&D", "第十三条"),
                                    entry("STANDARDS_VALIDATION", "标准制定和实验验证", "Standards and validation",
                                            "第十三条"),
                                    entry("TESTING", "检验检测", "Testing and inspection", "第十三条"),
                                    entry("INCUBATION", "企业孵化", "Enterprise incubation", "第十三条"),
                                    entry("TRAINING", "人员培训", "Training", "第十三条"),
                                    entry("MARKET_INFORMATION", "市场信息服务", "Market information", "第十三条"),
                                    entry("ACHIEVEMENT_EVALUATION", "成果评价", "Achievement evaluation", "第十三条"),
                                    entry("CONSULTING", "科技咨询", "S&T consulting", "第十三条"),
                                    entry("OTHER", "其他", "Other", "第十三条"))),
                    new Catalog(Catalog.UNIT_CATEGORIES, text("牵头单位类别", "Lead-unit categories"),
                            measures("第三条、第六条、第七条"), List.of(
                            entry("ABOVE_SCALE_ENTERPRISE", "规模以上企业", "Above-scale enterprise", "第三条"),
                            entry("LEADING_ENTERPRISE", "行业龙头骨干企业", "Industry-leading enterprise", "第七条"),
                            entry("UNIVERSITY", "高等院校", "University", "第三条"),
                            entry("INSTITUTE", "科研院所", "Research institute", "第三条"),
                            entry("TECHNICAL_BODY", "技术机构", "Technical body", "第三条"),
                            entry("NEW_RD_BODY", "新型研发机构", "New-type R&D body", "第六条"),
                            entry("OTHER", "其他", "Other", ""))),
                    new Catalog(Catalog.TITLE_LEVELS, text("职称级别", "Title levels"), measures("第八条第（二）项"),
                            List.of(
                                    entry("FULL_SENIOR", "正高级", "Full senior", "第八条第（二）项"),
                                    entry("DEPUTY_SENIOR", "副高级", "Deputy senior", ""),
                                    entry("INTERMEDIATE", "中级", "Intermediate", ""),
                                    entry("OTHER", "其他", "Other", ""))),
                    new Catalog(Catalog.IP_KINDS, text("知识产权类型", "Kinds of intellectual property"),
                            measures("第八条第（二）项"), List.of(
                            entry("INVENTION_PATENT", "发明专利", "Invention patent", ""),
                            entry("UTILITY_PATENT", "实用新型专利", "Utility-model patent", ""),
                            entry("DESIGN_PATENT", "外观设计专利", "Design patent", ""),
                            entry("SOFTWARE_COPYRIGHT", "软件著作权", "Software copyright", ""),
                            entry("STANDARD", "标准", "Standard", ""),
                            entry("PLANT_VARIETY", "植物新品种", "Plant variety", ""),
                            entry("OTHER", "其他", "Other", ""))),
                    new Catalog(CHANGE_TYPES, text("重大事项变更类型", "Kinds of change"), measures("第十五条"),
                            ShanxiChanges.changeTypes().stream()
                                    .map(t -> new CatalogEntry(t.code(), t.name(), t.article())).toList()));
        }

        /** An entry citing the provincial measures at the Xinzhou article that copies them. */
        private static CatalogEntry entry(String code, String zh, String en, String xinzhouArticle) {
            return CatalogEntry.of(code, zh, en, xinzhouArticle.isEmpty() ? "" : measures(xinzhouArticle));
        }
    }
}
