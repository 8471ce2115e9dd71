package org.ticportal.ui.reports;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.StoredFileInfo;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.report.AnnualReportDetail;
import org.ticportal.core.report.AnnualReportFiles;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.report.ReportState;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.centers.CenterView;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * An annual report: the policy's form with the year and the center's name fixed, saved and submitted by the lead unit
 * while it may be changed, read-only for everyone else; the supervising body and the bureau return a submitted report
 * with a reason; its history below.
 */
@Route("annual-reports/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class AnnualReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AnnualReportService reports;
    private final AnnualReportFiles files;
    private final FormService forms;
    private final UserService users;
    private long id;
    private @Nullable AnnualReportDetail detail;
    private @Nullable FormRenderer renderer;

    AnnualReportView(AnnualReportService reports, AnnualReportFiles files, FormService forms, UserService users) {
        this.reports = reports;
        this.files = files;
        this.forms = forms;
        this.users = users;
        addClassName("annual-report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(reports.get(id));
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AnnualReportDetail d) {
        detail = d;
        removeAll();
        Locale locale = getLocale();
        Role role = users.currentScope().role();
        boolean editable = role == Role.APPLICANT && d.row().state().editable();
        RouterLink center = new RouterLink(getTranslation("reports.toCenter", d.row().centerName()), CenterView.class,
                new RouteParameters("id", Long.toString(d.row().centerId())));
        center.setId("report-center");
        H2 title = new H2(getTranslation("reports.title", d.row().centerName(), d.row().year()));
        title.setId("report-title");
        Span state = new Span(getTranslation("reports.state." + d.row().state().name()));
        state.setId("report-state");
        state.getElement().getThemeList().add(d.row().state() == ReportState.SUBMITTED ? "badge success"
                : d.row().state() == ReportState.RETURNED ? "badge error" : "badge");
        HorizontalLayout head = new HorizontalLayout(state);
        if (d.row().submittedAt() != null) {
            Span submitted = new Span(getTranslation("reports.submittedBy", Formats.dateTime(d.row().submittedAt(),
                    locale), d.row().submittedBy()));
            submitted.setId("report-submitted");
            head.add(submitted);
        }
        add(center, title, head);
        if (d.row().state() == ReportState.RETURNED && d.row().returnedReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("reports.returnedBecause", d.row().returnedReason()));
            reason.setId("report-returned-reason");
            reason.addClassName("field-error");
            add(reason);
        }
        FormRenderer form = new FormRenderer(reports.form(id), locale, Catalogs.of(forms, d.pin()),
                attachments(), false);
        form.setId("report-form");
        form.setValues(d.values());
        form.setFixedFields(AnnualReportService.fixedFields());
        form.setReadOnly(!editable);
        renderer = form;
        add(form);
        if (editable) {
            Button save = new Button(getTranslation("reports.save"), e -> save(false));
            save.setId("report-save");
            Button submit = new Button(getTranslation("reports.submit"), e -> save(true));
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
        if ((role == Role.BUREAU || role == Role.COUNTY) && d.row().state() == ReportState.SUBMITTED) {
            add(returnSection());
        }
        add(new H3(getTranslation("reports.history")));
        HistoryGrid history = new HistoryGrid(Long.toString(id), (s, page) -> reports.history(id, page).getContent(),
                s -> reports.history(id, PageRequest.of(0, 1)).getTotalElements());
        history.withStateLabels(code -> getTranslation("reports.state." + code));
        history.setId("report-history");
        history.setHeight("260px");
        add(history);
    }

    private VerticalLayout returnSection() {
        TextArea reason = new TextArea(getTranslation("reports.returnReason"));
        reason.setId("report-return-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button giveBack = new Button(getTranslation("reports.return"), e -> {
            AnnualReportDetail d = detail;
            if (d == null) {
                return;
            }
            try {
                show(reports.giveBack(id, d.row().version(), reason.getValue()));
                Messages.success(this, "reports.returned");
            } catch (BusinessException ex) {
                if ("reason".equals(ex.getField())) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(Messages.describe(this, ex));
                } else {
                    Messages.error(this, "error.message", Messages.describe(this, ex));
                }
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        giveBack.setId("report-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("reports.returnTitle")), reason, giveBack);
        section.setPadding(false);
        return section;
    }

    private void save(boolean submit) {
        AnnualReportDetail d = detail;
        FormRenderer r = renderer;
        if (d == null || r == null) {
            return;
        }
        try {
            r.clearProblems();
            AnnualReportDetail saved = submit ? reports.submit(id, d.row().version(), r.getValues())
                    : reports.save(id, d.row().version(), r.getValues());
            Messages.success(this, submit ? "reports.submitted" : "reports.saved");
            show(saved);
        } catch (FormValidationException e) {
            r.showProblems(e.getProblems());
            Messages.error(this, "form.invalid", e.getProblems().size());
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private AttachmentSupport attachments() {
        return new AttachmentSupport() {
            @Override
            public List<? extends StoredFileInfo> list(String fieldKey) {
                return files.list(id, fieldKey);
            }

            @Override
            public StoredFileInfo upload(String fieldKey, String fileName, InputStream content) {
                return files.upload(id, fieldKey, fileName, content);
            }

            @Override
            public void remove(long fileId) {
                files.remove(fileId);
            }

            @Override
            public AttachmentService.Download open(long fileId) {
                return files.open(fileId);
            }

            @Override
            public void changed() {
                // a file changes the report's version: read it again, keeping what was typed
                AnnualReportDetail current = reports.get(id);
                FormRenderer r = renderer;
                if (r != null) {
                    detail = new AnnualReportDetail(current.row(), r.getValues(), current.pin());
                } else {
                    detail = current;
                }
            }
        };
    }

    @Override
    public String getPageTitle() {
        AnnualReportDetail d = detail;
        return d == null ? getTranslation("nav.annualReports")
                : getTranslation("reports.title", d.row().centerName(), d.row().year()) + " | "
                        + getTranslation("app.title");
    }
}
