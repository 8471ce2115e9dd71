package org.ticportal.policy.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A simple catalog the measures list, such as the legal forms of article 10 or the public services of article 13.
 * Form fields choose from a catalog by its code ({@code "catalog": "LEGAL_FORMS"} in a form definition).
 *
 * <p>Well-known codes the portal's standard form uses: {@value #LEGAL_FORMS}, {@value #CO_BUILDING_MODES},
 * {@value #PUBLIC_SERVICES}, {@value #UNIT_CATEGORIES}, {@value #TITLE_LEVELS}, {@value #IP_KINDS}. A policy may add
 * catalogs of its own.
 *
 * @param code    stable code, upper case
 * @param name    what the catalog lists
 * @param article the article that sets it, or empty
 * @param entries the entries, in the order the measures list them
 */
public record Catalog(String code, LocalizedText name, String article, List<CatalogEntry> entries) {

    /** Legal forms of the lead unit or center (独立法人企业、社会服务机构、内设机构). */
    public static final String LEGAL_FORMS = "LEGAL_FORMS";
    /** How co-builders take part (会员制、股份制、协议制). */
    public static final String CO_BUILDING_MODES = "CO_BUILDING_MODES";
    /** Public services a center offers. */
    public static final String PUBLIC_SERVICES = "PUBLIC_SERVICES";
    /** Categories of lead units (规模以上企业、高校、科研院所 …). */
    public static final String UNIT_CATEGORIES = "UNIT_CATEGORIES";
    /** Professional title levels (正高级、副高级 …). */
    public static final String TITLE_LEVELS = "TITLE_LEVELS";
    /** Kinds of intellectual property (发明专利、软件著作权 …). */
    public static final String IP_KINDS = "IP_KINDS";

    public Catalog {
        Catalogs.requireCode(code);
        Objects.requireNonNull(name, "name");
        article = article == null ? "" : article;
        entries = List.copyOf(entries);
        Catalogs.requireUnique("entry of catalog " + code, entries.stream().map(CatalogEntry::code).toList());
    }

    public Optional<CatalogEntry> entry(String entryCode) {
        return entries.stream().filter(e -> e.code().equals(entryCode)).findFirst();
    }
}
