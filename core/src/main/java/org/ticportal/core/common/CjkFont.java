package org.ticportal.core.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The CJK font the portal's PDFs embed (as a subset, so that any reader shows the Chinese text): the configured one
 * ({@code ticportal.pdf.font}), else the first of the usual Debian fonts found on the machine.
 */
public final class CjkFont {

    /** Where a CJK font is looked for when none is configured: TrueType or OpenType collections with their index. */
    public static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2");

    private CjkFont() {
    }

    /** The font to embed (a path, with {@code ,index} for a collection); refused ({@code pdf.noFont}) when none exists. */
    public static String find(@Nullable String configured) {
        List<String> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            tried.add(configured.strip());
        }
        tried.addAll(CANDIDATES);
        for (String f : tried) {
            String file = f.contains(".ttc,") ? f.substring(0, f.lastIndexOf(',')) : f;
            if (Files.isReadable(Path.of(file))) {
                return f;
            }
        }
        throw new BusinessException("pdf.noFont");
    }
}
