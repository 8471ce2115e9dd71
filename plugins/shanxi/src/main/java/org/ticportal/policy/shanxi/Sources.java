package org.ticportal.policy.shanxi;

import org.ticportal.policy.api.LocalizedText;

/**
 * The sources every rule, stage, setting and document of the Shanxi policy cites.
 *
 * <p>The full text of 《山西省技术创新中心管理办法（试行）》(晋科发〔2020〕64号) was not available. What the Xinzhou
 * city measures copy from it is cited as the provincial document together with the Xinzhou article that carries the
 * same wording ({@link #measures(String)}); what comes from a provincial call for applications (申报通知) that quotes
 * the measures is cited by the call's year; values that were not found are defaults to be confirmed
 * ({@link #DEFAULT}) and are editable settings where the API allows it.
 */
final class Sources {

    /** The provincial measures' document number (文号). */
    static final String MEASURES = "晋科发〔2020〕64号";
    /** The 2021 provincial call: area ≥ 1000 m², the "14+N" industries, online submission plus a paper copy. */
    static final String CALL_2021 = "2021年申报通知";
    /** The 2022 provincial call: matching funds, one director one platform. */
    static final String CALL_2022 = "2022年申报通知";
    /** The 2024 provincial call: 3 to 5 research directions, one application a year, naming rules. */
    static final String CALL_2024 = "2024年申报通知";
    /** Facts all provincial calls repeat (procedure, channels). */
    static final String CALLS = "省级申报通知（2021、2022、2024年）";
    /** A value that was not found in any source: a default to be confirmed (默认值（待核实）). */
    static final String DEFAULT = "默认值（待核实）";
    /** Common practice of S&amp;T authorities, not written in the measures (通行做法). */
    static final String PRACTICE = "通行做法";
    /** The related provincial evaluation scheme the grade scale is taken from (相关省级平台评估方案). */
    static final String EVALUATION_PRACTICE = "山西省相关平台绩效评估方案（参照）";

    private Sources() {
    }

    /**
     * The provincial measures at the place the Xinzhou measures copy, e.g. {@code measures("第八条第（三）项")} gives
     * {@code 晋科发〔2020〕64号（同忻州市办法第八条第（三）项）}.
     */
    static String measures(String xinzhouArticle) {
        return MEASURES + "（同忻州市办法" + xinzhouArticle + "）";
    }

    /** Two sources together, e.g. the measures and the call that states the figure. */
    static String both(String first, String second) {
        return first + "；" + second;
    }

    static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
