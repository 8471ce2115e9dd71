package org.ticportal.ui.applications;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFileService;
import org.ticportal.core.call.CallService;
import org.ticportal.core.call.CallSummary;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.ui.base.Formats;

/**
 * The facts at the head of an {@link ApplicationView}: the stage (and, once closed, how the procedure ended), the
 * reference, the unit, the call, the policy and its version, the day the stage is due or expires, the notice period,
 * and the application as a PDF for stamping; and, below them, {@linkplain #progress(ApplicationDetail, Locale) the
 * stages of the procedure} with the current one marked.
 */
class ApplicationFacts extends HorizontalLayout {

    ApplicationFacts(ApplicationDetail d, long id, CallService calls, ApplicationFileService files) {
        Locale locale = getLocale();
        var row = d.row();
        addClassName("application-facts");
        add(badge("application-stage", d.stageName() == null ? row.stage() : d.stageName().get(locale),
                row.closed() ? "contrast" : "success"));
        if (row.closed()) {
            // how the procedure ended, in the portal's words: a failed acceptance after construction is no rejection
            add(badge("application-outcome", getTranslation("stages.outcome." + row.stageKind().name()),
                    switch (row.stageKind()) {
                        case REJECTED, ACCEPTANCE_FAILED -> "error";
                        case RECOGNIZED, PROVISIONAL -> "success";
                        default -> "contrast";
                    }));
        }
        add(fact(getTranslation("application.reference"), row.referenceNo()));
        add(fact(getTranslation("application.unit"), row.unitName()));
        Div callFact = fact(getTranslation("application.call"), row.callId() == null
                ? getTranslation("application.call.outside")
                : calls.find(row.callId()).map(CallSummary::title).orElse(row.callId().toString()));
        callFact.setId("application-call-fact");
        add(callFact);
        add(fact(getTranslation("application.policy"), row.pin().policyId() + " " + row.pin().pluginVersion()));
        if (row.stageDue() != null) {
            // a stage the policy limits in months (a construction period) ends on this day: the portal then takes the
            // policy's step itself, where it names one
            boolean timed = d.stages().stream().anyMatch(s -> s.code().equals(row.stage()) && s.isTimed());
            Div due = fact(getTranslation(timed ? "stages.expires" : "application.due"),
                    Formats.date(row.stageDue(), locale));
            due.setId(timed ? "application-stage-expires" : "application-due");
            add(due);
        }
        if (d.noticeStart() != null && d.noticeEnd() != null) {
            add(fact(getTranslation("application.notice"), getTranslation("application.noticePeriod",
                    Formats.date(d.noticeStart(), locale), Formats.date(d.noticeEnd(), locale))
                    + (d.noticeEndProvisional() ? getTranslation("application.provisional") : "")));
        }
        add(pdfLink(files, id, row.referenceNo()));
        setWrap(true);
    }

    /** The stages of the application's procedure (final ones only where they create a center), the current marked. */
    static Div progress(ApplicationDetail d, Locale locale) {
        Div bar = new Div();
        bar.addClassName("stage-progress");
        bar.setId("application-progress");
        for (Stage s : d.stages()) {
            if (s.isFinal() && !s.createsCenter()) {
                continue;
            }
            Span step = new Span(s.name().get(locale));
            step.addClassName("stage-step");
            if (s.code().equals(d.row().stage())) {
                step.addClassName("current");
            }
            bar.add(step);
        }
        return bar;
    }

    /** The application as a PDF for stamping, made when the link is followed. */
    private Anchor pdfLink(ApplicationFileService files, long id, String referenceNo) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            ApplicationFileService.GeneratedFile file = files.applicationPdf(id);
            byte[] bytes = file.content();
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), file.fileName(), "application/pdf",
                    bytes.length);
        }), getTranslation("documents.pdf"));
        pdf.setId("application-pdf");
        pdf.getElement().setAttribute("title", getTranslation("documents.pdf.help", referenceNo));
        return pdf;
    }

    /** A badge of the theme given (e.g. {@code success}), with the id given unless {@code null}. */
    static Span badge(@Nullable String id, String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        if (id != null) {
            badge.setId(id);
        }
        return badge;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div fact = new Div(l, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
