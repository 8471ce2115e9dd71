package org.ticportal.policy.api;

import java.util.Objects;

/**
 * One entry of a simple catalog (a legal form, a co-building mode, a public-service kind …).
 *
 * @param code    stable code, upper case; records keep the code, so never reuse one for another meaning
 * @param name    the entry's name as the measures write it
 * @param article the article that names it, or empty
 */
public record CatalogEntry(String code, LocalizedText name, String article) {

    public CatalogEntry {
        Catalogs.requireCode(code);
        Objects.requireNonNull(name, "name");
        article = article == null ? "" : article;
    }

    public static CatalogEntry of(String code, String zh, String en, String article) {
        return new CatalogEntry(code, new LocalizedText(zh, en), article);
    }
}
