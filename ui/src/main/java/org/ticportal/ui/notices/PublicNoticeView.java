package org.ticportal.ui.notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeLine;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.Objection;
import org.ticportal.core.notice.ObjectionForm;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.core.registration.Challenge;
import org.ticportal.ui.base.LanguageSwitch;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;

/**
 * One published notice for anyone (no login): the centers with their proposed names and lead units, the period, the
 * contact, the PDF and DOCX; and, while the period runs, the objection form with the formalities of practice (a unit:
 * name, contact, stamped letter; a person: real name, ID number, contact), a question kept in the session, optional
 * evidence. The server checks everything again (the period on the portal's day, a rate limit per address, file types
 * and sizes) and its refusals show at their fields.
 */
@Route(value = "public/notices/:id", autoLayout = false)
@AnonymousAllowed
public class PublicNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHALLENGE = PublicNoticeView.class.getName() + ".challenge";

    private final PublicNoticeService notices;
    private final Select<NoticeLine> entry = new Select<>();
    private final RadioButtonGroup<Objection.Kind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField contact = new TextField();
    private final TextArea content = new TextArea();
    private final TextField answer = new TextField();
    private final Span letterName = new Span();
    private final Span letterError = new Span();
    private final Span evidenceName = new Span();
    private final Div form = new Div();
    private byte @Nullable [] letter;
    private @Nullable String letterFile;
    private byte @Nullable [] evidence;
    private @Nullable String evidenceFile;
    private String title = "";

    PublicNoticeView(PublicNoticeService notices) {
        this.notices = notices;
        addClassName("public-notice-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        NoticeSummary notice;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            notice = notices.notice(id);
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = notice.title();
        H1 app = new H1(getTranslation("app.title"));
        app.addClassName("login-title");
        H2 heading = new H2(notice.title());
        heading.setId("public-notice-title");
        Paragraph period = new Paragraph(notice.periodText());
        period.setId("public-notice-period");
        Paragraph contactText = new Paragraph(getTranslation("public.notice.contact", notice.contactPhone(),
                notice.contactAddress()));
        contactText.setId("public-notice-contact");
        List<NoticeLine> lines = notices.lines(id);
        Grid<NoticeLine> grid = new Grid<>();
        grid.setId("public-notice-entries");
        grid.addColumn(NoticeLine::position).setHeader(getTranslation("notice.number")).setFlexGrow(0)
                .setWidth("5em");
        grid.addColumn(NoticeLine::centerName).setHeader(getTranslation("notice.center")).setFlexGrow(3);
        grid.addColumn(NoticeLine::leadUnit).setHeader(getTranslation("notice.leadUnit")).setFlexGrow(2);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("70em");
        HorizontalLayout downloads = new HorizontalLayout(
                NoticeLinks.download("public-notice-pdf", getTranslation("notice.pdf"), () -> notices.document(id,
                        true)),
                NoticeLinks.download("public-notice-docx", getTranslation("notice.docx"), () -> notices.document(id,
                        false)));
        add(app, heading, period, contactText, grid, downloads);
        if (notice.openOn()) {
            add(objectionForm(lines));
        } else {
            Paragraph closed = new Paragraph(getTranslation("public.objection.closed"));
            closed.setId("public-objection-closed");
            add(closed);
        }
        add(new Anchor("public/notices", getTranslation("public.notices.back")), new LanguageSwitch());
    }

    private Div objectionForm(List<NoticeLine> lines) {
        form.removeAll();
        form.setId("public-objection-form");
        form.setMaxWidth("60em");
        form.setWidthFull();
        Paragraph rules = new Paragraph(getTranslation("public.objection.rules"));
        rules.addClassName("field-help");
        entry.setId("objection-entry");
        entry.setLabel(getTranslation("public.objection.entry"));
        entry.setItems(lines);
        entry.setItemLabelGenerator(l -> l == null ? "" : l.position() + ". " + l.centerName());
        kind.setId("objection-kind");
        kind.setLabel(getTranslation("public.objection.kind"));
        kind.setItems(Objection.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("public.objection.kind." + k.name()));
        kind.addValueChangeListener(e -> showKind(e.getValue()));
        name.setId("objection-name");
        name.setMaxLength(100);
        idNumber.setId("objection-idNumber");
        idNumber.setLabel(getTranslation("public.objection.idNumber"));
        idNumber.setMaxLength(18);
        contact.setId("objection-contact");
        contact.setLabel(getTranslation("public.objection.contact"));
        contact.setMaxLength(100);
        content.setId("objection-content");
        content.setLabel(getTranslation("public.objection.content"));
        content.setMaxLength(PublicNoticeService.MAX_CONTENT);
        content.setWidthFull();
        content.setMinHeight("8em");
        answer.setId("objection-answer");
        answer.setMaxLength(4);
        Span letterLabel = new Span(getTranslation("public.objection.letter", PublicNoticeService.MAX_FILE_MB));
        letterLabel.setId("objection-letter-label");
        letterName.setId("objection-letter-name");
        letterError.setId("objection-letter-error");
        letterError.addClassName("field-error");
        letterError.setVisible(false);
        Upload letterUpload = upload("objection-letter", (bytes, file) -> {
            letter = bytes;
            letterFile = file;
            letterName.setText(file);
        });
        Span evidenceLabel = new Span(getTranslation("public.objection.evidence", PublicNoticeService.MAX_FILE_MB));
        evidenceName.setId("objection-evidence-name");
        Upload evidenceUpload = upload("objection-evidence", (bytes, file) -> {
            evidence = bytes;
            evidenceFile = file;
            evidenceName.setText(file);
        });
        Button submit = new Button(getTranslation("public.objection.submit"), e -> submit());
        submit.setId("objection-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(entry, kind, name, idNumber, contact);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(new H2(getTranslation("public.objection.title")), rules, fields, content,
                new VerticalLayout(letterLabel, letterUpload, letterName, letterError),
                new VerticalLayout(evidenceLabel, evidenceUpload, evidenceName), answer, submit);
        kind.setValue(Objection.Kind.PERSON);
        newChallenge();
        return form;
    }

    private Upload upload(String id, java.util.function.BiConsumer<byte[], String> received) {
        long limit = PublicNoticeService.MAX_FILE_MB * 1024L * 1024L;
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), limit + 1);
            String file = event.getFileName();
            ui.access(() -> received.accept(bytes, file));
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) limit);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        return upload;
    }

    private void showKind(Objection.@Nullable Kind k) {
        boolean person = k != Objection.Kind.UNIT;
        name.setLabel(getTranslation(person ? "public.objection.name.PERSON" : "public.objection.name.UNIT"));
        idNumber.setVisible(person);
    }

    private void newChallenge() {
        Challenge challenge = Challenge.next();
        VaadinSession.getCurrent().setAttribute(CHALLENGE, challenge);
        answer.setLabel(getTranslation("register.challenge", challenge.left(), challenge.right()));
        answer.clear();
    }

    private void submit() {
        fields().values().forEach(f -> f.setInvalid(false));
        letterError.setVisible(false);
        VaadinSession session = VaadinSession.getCurrent();
        Challenge challenge = (Challenge) session.getAttribute(CHALLENGE);
        // each question is answered once, right or wrong
        session.setAttribute(CHALLENGE, null);
        NoticeLine chosen = entry.getValue();
        ObjectionForm objection = new ObjectionForm(chosen == null ? -1 : chosen.entryId(), kind.getValue(),
                name.getValue(), idNumber.getValue(), contact.getValue(), content.getValue());
        try {
            long number = notices.file(objection, challenge, answer.getValue(),
                    session.getBrowser().getAddress() == null ? "unknown" : session.getBrowser().getAddress(),
                    upload(letterFile, letter), upload(evidenceFile, evidence));
            form.removeAll();
            Paragraph done = new Paragraph(getTranslation("public.objection.done", number));
            done.setId("objection-done");
            form.add(new H2(getTranslation("public.objection.title")), done);
        } catch (BusinessException e) {
            newChallenge();
            String message = Messages.describe(this, e);
            HasValidation target = e.getField() == null ? null : fields().get(e.getField());
            if ("letter".equals(e.getField())) {
                letterError.setText(message);
                letterError.setVisible(true);
            } else if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                Messages.error(this, "error.message", message);
            }
        }
    }

    private static org.ticportal.core.notice.@Nullable Upload upload(@Nullable String file, byte @Nullable [] bytes) {
        if (file == null || bytes == null) {
            return null;
        }
        InputStream in = new ByteArrayInputStream(bytes);
        return new org.ticportal.core.notice.Upload(file, in);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("entryId", entry, "kind", kind, "name", name, "idNumber", idNumber, "contact", contact,
                "content", content, "challenge", answer);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? ViewTitles.of(this, "public.notices.title") : title + " | "
                + getTranslation("app.title");
    }
}
