package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A public service the center offers (art. 13 of the Xinzhou measures: 技术委托研发、标准制定和实验验证、检验检测、企业孵化、
 * 人员培训、市场信息服务、成果评价、科技咨询等公共服务): a code of the policy's {@code PUBLIC_SERVICES} catalog with its name
 * as it was when the version was recorded (a later rename of the entry does not rewrite history).
 *
 * @param code   the catalog code
 * @param nameZh its Chinese name, when known
 * @param nameEn its English name, when known
 */
public record PublicService(String code, @Nullable String nameZh, @Nullable String nameEn) {

    public PublicService {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a public service needs its catalog code");
        }
        code = code.strip();
        if (code.length() > 64) {
            throw new IllegalArgumentException("a catalog code has at most 64 characters");
        }
    }

    /** The service's name in both languages (the code where a name is missing). */
    public LocalizedText label() {
        String zh = nameZh == null ? (nameEn == null ? code : nameEn) : nameZh;
        return new LocalizedText(zh, nameEn == null ? zh : nameEn);
    }
}
