package org.ticportal.core.center;

/**
 * A center's legal form (art. 10 of the Xinzhou measures): an independent legal entity (enterprise or social-service
 * body), or an internal unit of the lead unit with relatively independent staff, finance and assets, which is to become
 * an independent legal entity (then its profile carries the target date of that transition).
 */
public enum LegalForm {
    /** 独立法人（企业或社会服务机构）. */
    INDEPENDENT_LEGAL_ENTITY,
    /** 人财物相对独立的内设机构（向独立法人过渡）. */
    INTERNAL_UNIT;

    /**
     * The form of the policy API's {@code LEGAL_FORMS} code: {@code INDEPENDENT_ENTERPRISE} and
     * {@code INDEPENDENT_SOCIAL_SERVICE} are independent legal entities, {@code INTERNAL_UNIT} an internal unit;
     * {@code null} for anything else.
     */
    static @org.jspecify.annotations.Nullable LegalForm ofCode(@org.jspecify.annotations.Nullable Object code) {
        if (!(code instanceof String s)) {
            return null;
        }
        return switch (s.strip()) {
            case "INDEPENDENT_ENTERPRISE", "INDEPENDENT_SOCIAL_SERVICE", "INDEPENDENT_LEGAL_ENTITY" ->
                    INDEPENDENT_LEGAL_ENTITY;
            case "INTERNAL_UNIT" -> INTERNAL_UNIT;
            default -> null;
        };
    }
}
