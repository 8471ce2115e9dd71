package org.ticportal.core.center;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.ticportal.core.common.CjkFont;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.DocumentTemplate;

/**
 * Writes a center's decision (认定决定) and certificate (证书) from the pinned policy's {@code DECISION} and
 * {@code CERTIFICATE} text templates (the portal's neutral ones when the policy ships none), as PDFs stored under
 * {@code <attachments>/centers/<year>/}. A file written for a step that rolls back is removed again.
 */
@Component
class CenterDocuments {

    private final PolicyProviders providers;
    private final Path root;
    private final @Nullable String font;

    CenterDocuments(PolicyProviders providers, @Value("${ticportal.data-dir:data}") Path dataDir,
                    @Value("${ticportal.pdf.font:}") @Nullable String font) {
        this.providers = providers;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
        this.font = font;
    }

    /** Writes both documents and records them on the center. */
    void write(Center center, @Nullable LocalDate noticeStart, @Nullable LocalDate noticeEnd) {
        Map<String, String> values = values(center, noticeStart, noticeEnd);
        String fontPath = CjkFont.find(font);
        byte[] decision = CenterPdf.decision(CenterPdf.fill(template(center, DocumentTemplate.Kind.DECISION), values),
                fontPath);
        byte[] certificate = CenterPdf.certificate(CenterPdf.fill(template(center, DocumentTemplate.Kind.CERTIFICATE),
                values), fontPath);
        String decisionFile = store(center.getRecognizedOn(), decision);
        String certificateFile = store(center.getRecognizedOn(), certificate);
        center.documents(decisionFile, sha256(decision), certificateFile, sha256(certificate));
    }

    /** A stored document, when it is still there and inside the attachments folder. */
    @Nullable Path open(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        Path file = root.resolve(stored).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    /** The values the templates' placeholders take. */
    static Map<String, String> values(Center c, @Nullable LocalDate noticeStart, @Nullable LocalDate noticeEnd) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(CoreMessages.text("pdf.dayPattern").zh(), Locale.CHINA);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("centerName", c.getName());
        v.put("coreName", c.getCoreName());
        v.put("leadUnitName", c.getLeadUnitName());
        v.put("centerNames", CoreMessages.text("center.document.listed", c.getName(), c.getLeadUnitName()).zh());
        v.put("centerType", c.getTypeNameZh() == null ? "" : c.getTypeNameZh());
        v.put("industryCluster", c.getClusterNameZh() == null ? "" : c.getClusterNameZh());
        v.put("coBuilders", c.getCoBuilders() == null ? "" : c.getCoBuilders());
        v.put("decisionNumber", c.getDecisionNumber());
        v.put("decisionDate", day.format(c.getRecognizedOn()));
        v.put("noticeStart", noticeStart == null ? "" : day.format(noticeStart));
        v.put("noticeEnd", noticeEnd == null ? "" : day.format(noticeEnd));
        return v;
    }

    private String template(Center center, DocumentTemplate.Kind kind) {
        String shipped = providers.read(center.getPin(), p -> p.documents().stream()
                .filter(d -> d.kind() == kind).findFirst().map(d -> {
                    try (InputStream in = p.getClass().getClassLoader().getResourceAsStream(d.resource())) {
                        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse(null));
        if (shipped != null) {
            return shipped;
        }
        String resource = kind == DocumentTemplate.Kind.DECISION ? "center/decision.txt" : "center/certificate.txt";
        try (InputStream in = CenterDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String store(LocalDate day, byte[] pdf) {
        String stored = "centers/" + day.getYear() + "/" + UUID.randomUUID() + ".pdf";
        Path target = root.resolve(stored);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // a leftover file under attachments/ harms nothing
                        }
                    }
                }
            });
        }
        return stored;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
