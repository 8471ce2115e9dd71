package org.ticportal.core.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.core.common.CjkFont;

/**
 * The shipped Xinzhou templates filled and set as PDFs: every placeholder filled, and the text reads back as Chinese
 * (pdftotext), the center's name whole.
 */
class CenterPdfTest {

    private static final Path XINZHOU = Path.of("..", "plugins", "xinzhou", "src", "main", "resources", "templates");

    private static final Map<String, String> VALUES = Map.of("centerName", "忻州市特种金属材料技术创新中心",
            "leadUnitName", "忻州示范新材料有限公司", "centerNames",
            "忻州市特种金属材料技术创新中心（牵头建设单位：忻州示范新材料有限公司）", "decisionNumber", "忻科字〔2026〕3号",
            "decisionDate", "2026年5月13日", "noticeStart", "2026年5月6日", "noticeEnd", "2026年5月12日");

    @Test
    void xinzhousDecisionAndCertificateReadBackInChinese() throws Exception {
        String decision = CenterPdf.fill(Files.readString(XINZHOU.resolve("decision.txt")), VALUES);
        String certificate = CenterPdf.fill(Files.readString(XINZHOU.resolve("certificate.txt")), VALUES);
        assertThat(decision).doesNotContain("${");
        assertThat(certificate).doesNotContain("${");
        Path dir = Files.createDirectories(Path.of("target", "center-pdf"));
        Path decisionPdf = Files.write(dir.resolve("decision.pdf"), CenterPdf.decision(decision, CjkFont.find(null)));
        Path certificatePdf = Files.write(dir.resolve("certificate.pdf"),
                CenterPdf.certificate(certificate, CjkFont.find(null)));
        assertThat(CenterRecognitionIT.pdfText(decisionPdf)).contains("关于认定忻州市技术创新中心的通知")
                .contains("忻科字〔2026〕3号").contains("公示（2026年5月6日至2026年5月12日）")
                .contains("忻州市特种金属材料技术创新中心（牵头建设单位：忻州示范新材料有限公司）");
        assertThat(CenterRecognitionIT.pdfText(certificatePdf)).contains("忻州市特种金属材料技术创新中心")
                .contains("牵头建设单位：忻州示范新材料有限公司").contains("认定文号：忻科字〔2026〕3号");
    }

    @Test
    void anUnknownPlaceholderStaysAsItIs() {
        assertThat(CenterPdf.fill("${centerName} ${nothing}", Map.of("centerName", "甲"))).isEqualTo("甲 ${nothing}");
    }
}
