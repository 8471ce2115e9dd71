package org.ticportal.ui.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.meeting.DecisionMeeting;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingFilter;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notification.ReminderService;
import org.ticportal.ui.base.Formats;

/**
 * What a {@link BulkActions} action asks in its {@link BulkActionDialog} before it runs — 加入党组会议议题 an unrecorded
 * meeting, 加入公示 a draft notice, 发送催办提醒 an optional message — and the work it then does on the rows.
 * {@code run} is called on the UI thread, where it reads the dialog's fields and the services; the work it returns may
 * then run on another thread (选择全部: in the background), where no Vaadin state may be touched.
 *
 * @param noneKey what the choice says when there is nothing to choose
 * @param none    whether there is nothing to choose (the action cannot run)
 */
record BulkQuestion(String actionKey, @Nullable String noneKey, @Nullable Select<?> choice, boolean none,
                    @Nullable TextArea message, Function<Map<Long, ApplicationRow>, Supplier<BulkResult>> run) {

    BulkQuestion {
        if (choice == null && message == null) {
            throw new IllegalArgumentException("a bulk action asks for a choice or a message");
        }
    }

    /**
     * 加入党组会议议题: the ticked cases onto an unrecorded meeting's agenda.
     *
     * @param locale the bar's language, in which the meetings' dates read
     */
    static BulkQuestion meeting(Component owner, Supplier<Locale> locale) {
        MeetingService meetings = BulkActions.bean(MeetingService.class);
        MeetingAgendaService agendas = BulkActions.bean(MeetingAgendaService.class);
        List<MeetingSummary> planned = meetings.list(MeetingFilter.ALL.withState(DecisionMeeting.State.PLANNED),
                PageRequest.of(0, 100, Sort.by("meetingDate", "id"))).getContent();
        Select<MeetingSummary> choice = new Select<>();
        choice.setLabel(owner.getTranslation("application.bulk.meeting.choose"));
        choice.setItemLabelGenerator(m -> owner.getTranslation("application.bulk.meeting.item", m.title(),
                Formats.date(m.meetingDate(), locale.get())));
        choice.setItems(planned);
        return new BulkQuestion("application.bulk.meeting", "application.bulk.meeting.none", choice, planned.isEmpty(),
                null, rows -> {
                    long meeting = choice.getValue().id();
                    Map<Long, Long> versions = versions(rows);
                    return () -> agendas.addAll(meeting, versions);
                });
    }

    /** 加入公示: the ticked cases onto a draft notice. */
    static BulkQuestion notice(Component owner) {
        NoticeService notices = BulkActions.bean(NoticeService.class);
        NoticeReader reader = BulkActions.bean(NoticeReader.class);
        List<NoticeSummary> drafts = reader.list(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id")))
                .getContent().stream().filter(NoticeSummary::isDraft).toList();
        Select<NoticeSummary> choice = new Select<>();
        choice.setLabel(owner.getTranslation("application.bulk.notice.choose"));
        choice.setItemLabelGenerator(NoticeSummary::title);
        choice.setItems(drafts);
        return new BulkQuestion("application.bulk.notice", "application.bulk.notice.none", choice, drafts.isEmpty(),
                null, rows -> {
                    long notice = choice.getValue().id();
                    Map<Long, Long> versions = versions(rows);
                    return () -> notices.addAll(notice, versions);
                });
    }

    /** 发送催办提醒: the next actors of each ticked case, with an optional message. */
    static BulkQuestion remind(Component owner) {
        TextArea message = new TextArea(owner.getTranslation("application.bulk.remind.message"));
        message.setMaxLength(ReminderService.MAX_MESSAGE);
        message.setWidthFull();
        message.setHelperText(owner.getTranslation("application.bulk.remind.help"));
        return new BulkQuestion("application.bulk.remind", null, null, false, message,
                rows -> {
                    ReminderService reminders = BulkActions.bean(ReminderService.class);
                    String text = message.getValue();
                    Map<Long, Long> versions = versions(rows);
                    return () -> reminders.remindAll(versions, text);
                });
    }

    private static Map<Long, Long> versions(Map<Long, ApplicationRow> rows) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        rows.forEach((id, r) -> versions.put(id, r.version()));
        return versions;
    }
}
