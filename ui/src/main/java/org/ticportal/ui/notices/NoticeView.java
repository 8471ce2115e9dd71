package org.ticportal.ui.notices;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeLine;
import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.Objection;
import org.ticportal.core.notice.ObjectionService;
import org.ticportal.core.notice.ObjectionView;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;

/**
 * One notice for the bureau: its centers; a draft is published (period counted, PDF and DOCX generated); a published
 * one links its documents and its public page and lists the objections filed there, each received (the policy's step
 * into the objection stage) and then upheld or dismissed with reasons and a reply document. The objector's personal
 * data shows only for the bureau of the notice's jurisdiction (the service decides).
 */
@Route("notices/:id")
@RolesAllowed({"ADMIN", "BUREAU"})
public class NoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NoticeView.class);

    private final NoticeReader reader;
    private final NoticeService notices;
    private final ObjectionService objections;
    private final PublicNoticeService publicNotices;
    private long id;

    NoticeView(NoticeReader reader, NoticeService notices, ObjectionService objections,
               PublicNoticeService publicNotices) {
        this.reader = reader;
        this.notices = notices;
        this.objections = objections;
        this.publicNotices = publicNotices;
        addClassName("notice-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        removeAll();
        Locale locale = getLocale();
        NoticeSummary notice = reader.get(id);
        H2 title = new H2(notice.title());
        title.setId("notice-heading");
        Paragraph facts = new Paragraph(getTranslation("notices.state." + notice.state().name())
                + (notice.periodText().isEmpty() ? "" : "    " + notice.periodText())
                + "    " + getTranslation("public.notice.contact", notice.contactPhone(), notice.contactAddress()));
        facts.setId("notice-facts");
        add(new Anchor("notices", getTranslation("notice.back")), title, facts);
        HorizontalLayout tools = new HorizontalLayout();
        tools.addClassName("view-toolbar");
        if (notice.isDraft()) {
            Button publish = new Button(getTranslation("notice.publish"), e -> publish(notice));
            publish.setId("notice-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(publish);
        } else {
            tools.add(NoticeLinks.download("notice-pdf", getTranslation("notice.pdf"), () -> publicNotices.document(id, true)),
                    NoticeLinks.download("notice-docx", getTranslation("notice.docx"), () -> publicNotices.document(id, false)));
            Anchor page = new Anchor("public/notices/" + id, getTranslation("notice.publicPage"));
            page.setId("notice-public-page");
            page.setTarget("_blank");
            tools.add(page);
        }
        add(tools);
        Grid<NoticeLine> entries = new Grid<>();
        entries.setId("notice-entries");
        entries.addColumn(NoticeLine::position).setHeader(getTranslation("notice.number")).setFlexGrow(0)
                .setWidth("5em");
        entries.addColumn(NoticeLine::referenceNo).setHeader(getTranslation("notice.reference"));
        entries.addColumn(NoticeLine::centerName).setHeader(getTranslation("notice.center")).setFlexGrow(3);
        entries.addColumn(NoticeLine::leadUnit).setHeader(getTranslation("notice.leadUnit")).setFlexGrow(2);
        entries.setItems(reader.lines(id));
        entries.setAllRowsVisible(true);
        add(entries);
        if (!notice.isDraft()) {
            Anchor all = new Anchor("objections?" + ObjectionsView.FILTER_NOTICE + "=" + id,
                    getTranslation("notice.objectionsGrid"));
            all.setId("notice-objections-grid");
            add(new H3(getTranslation("notice.objections")), all, objectionGrid(locale));
        }
    }

    private Grid<ObjectionView> objectionGrid(Locale locale) {
        Grid<ObjectionView> grid = new Grid<>();
        grid.setId("notice-objections");
        grid.addColumn(o -> Formats.date(o.filedOn(), locale)).setHeader(getTranslation("objection.filedOn"));
        grid.addColumn(ObjectionView::centerName).setHeader(getTranslation("notice.center")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("public.objection.kind." + o.kind().name()))
                .setHeader(getTranslation("public.objection.kind"));
        grid.addColumn(ObjectionView::objector).setHeader(getTranslation("objection.objector"));
        grid.addColumn(o -> o.idNumber() == null ? "" : o.idNumber()).setHeader(getTranslation("objection.idNumber"));
        grid.addColumn(ObjectionView::contact).setHeader(getTranslation("objection.contact"));
        grid.addColumn(ObjectionView::content).setHeader(getTranslation("objection.content")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("objection.state." + o.state().name()))
                .setHeader(getTranslation("objection.state")).setKey("state");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("objection.actions")).setKey("actions")
                .setFlexGrow(2);
        grid.setItems(objections.list(id));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private HorizontalLayout actions(ObjectionView o) {
        HorizontalLayout cell = new HorizontalLayout();
        if (o.personalShown() && o.letterName() != null) {
            cell.add(NoticeLinks.download("objection-letter-" + o.id(), getTranslation("objection.letter"),
                    () -> objections.openFile(o.id(), true)));
        }
        if (o.state() == Objection.State.FILED) {
            Button receive = new Button(getTranslation("objection.receive"), e -> act(() ->
                    objections.receive(o.id(), o.version())));
            receive.setId("objection-receive-" + o.id());
            cell.add(receive);
        } else if (o.state() == Objection.State.RECEIVED) {
            Button decide = new Button(getTranslation("objection.decide"), e -> decide(o));
            decide.setId("objection-decide-" + o.id());
            cell.add(decide);
        } else {
            cell.add(new Span(o.reasons() == null ? "" : o.reasons()));
        }
        return cell;
    }

    private void decide(ObjectionView o) {
        Dialog dialog = new Dialog(getTranslation("objection.decide"));
        dialog.setId("objection-dialog");
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setId("objection-outcome");
        outcome.setItems(Boolean.FALSE, Boolean.TRUE);
        outcome.setItemLabelGenerator(upheld -> getTranslation(upheld ? "objection.uphold" : "objection.dismiss"));
        outcome.setValue(Boolean.FALSE);
        TextArea reasons = new TextArea(getTranslation("objection.reasons"));
        reasons.setId("objection-reasons");
        reasons.setMaxLength(4000);
        reasons.setWidthFull();
        Span replyName = new Span();
        replyName.setId("objection-reply-name");
        byte[][] reply = new byte[1][];
        String[] replyFile = new String[1];
        long limit = ObjectionService.MAX_REPLY_MB * 1024L * 1024L;
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), limit + 1);
            String file = event.getFileName();
            ui.access(() -> {
                reply[0] = bytes;
                replyFile[0] = file;
                replyName.setText(file);
            });
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("objection-reply");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf");
        Span replyError = new Span();
        replyError.addClassName("field-error");
        replyError.setId("objection-reply-error");
        Button confirm = new Button(getTranslation("action.save"), e -> {
            reasons.setInvalid(false);
            replyError.setText("");
            try {
                if (reply[0] == null) {
                    throw BusinessException.onField("reply", "file.empty", getTranslation("objection.reply"));
                }
                objections.decide(o.id(), o.version(), outcome.getValue(), reasons.getValue(), replyFile[0],
                        new ByteArrayInputStream(reply[0]));
                dialog.close();
                show();
            } catch (BusinessException ex) {
                if ("reasons".equals(ex.getField())) {
                    reasons.setErrorMessage(Messages.describe(this, ex));
                    reasons.setInvalid(true);
                } else if ("reply".equals(ex.getField())) {
                    replyError.setText(Messages.describe(this, ex));
                } else {
                    Messages.error(this, "error.message", Messages.describe(this, ex));
                }
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        confirm.setId("objection-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(o.content()), outcome, reasons,
                new Span(getTranslation("objection.reply")), upload, replyName, replyError));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("640px");
        dialog.open();
    }

    private void publish(NoticeSummary notice) {
        act(() -> notices.publish(notice.id(), notice.version()));
    }

    private void act(Runnable work) {
        try {
            work.run();
            show();
        } catch (BusinessException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        } catch (RuntimeException ex) {
            LOG.warn("Notice {}: a step was refused", id, ex);
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.notices");
    }
}
