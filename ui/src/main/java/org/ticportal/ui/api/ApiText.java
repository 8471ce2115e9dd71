package org.ticportal.ui.api;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A name in Chinese and English, as the policy gives it.
 *
 * @param zh the Chinese
 * @param en the English
 */
@Schema(description = "中英文名称 / a name in Chinese and English")
public record ApiText(String zh, String en) {

    static @Nullable ApiText of(@Nullable LocalizedText text) {
        return text == null ? null : new ApiText(text.zh(), text.en());
    }
}
