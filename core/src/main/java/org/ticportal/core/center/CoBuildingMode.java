package org.ticportal.core.center;

/**
 * How a co-builder joins a center (art. 12 of the Xinzhou measures: 共建单位可采用会员制、股份制、协议制等方式); the codes are
 * those of the policy API's {@code CO_BUILDING_MODES} catalog.
 */
public enum CoBuildingMode {
    /** 会员制. */
    MEMBERSHIP,
    /** 股份制. */
    SHAREHOLDING,
    /** 协议制. */
    AGREEMENT;

    /** The mode of a catalog code, or {@code null} for a code that is none of these (or no code). */
    static @org.jspecify.annotations.Nullable CoBuildingMode ofCode(@org.jspecify.annotations.Nullable Object code) {
        if (code instanceof String s) {
            for (CoBuildingMode m : values()) {
                if (m.name().equals(s.strip())) {
                    return m;
                }
            }
        }
        return null;
    }
}
