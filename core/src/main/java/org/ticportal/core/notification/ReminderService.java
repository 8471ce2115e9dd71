package org.ticportal.core.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.CaseFacts;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BulkCheck;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.user.UserService;

/**
 * Reminders a bureau user sends by hand (催办): the users who may take the waiting step of each application ticked in
 * 申报管理 are told, in the portal and by mail, with the sender's optional message. All or nothing: each application
 * is checked first (visible to the sender, still at the version the sender saw, open, someone other than the sender
 * to remind) and either everyone is reminded, in one transaction, or nobody is and every refused application is
 * reported with its reason. Each reminder is audited on its application.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    /** The longest message a reminder carries. */
    public static final int MAX_MESSAGE = 200;

    private final ApplicationService applications;
    private final WaitingWork waiting;
    private final Notifier notifier;
    private final UserService users;
    private final AuditService audit;
    private final TransactionTemplate transactions;

    ReminderService(ApplicationService applications, WaitingWork waiting, Notifier notifier, UserService users,
                    AuditService audit, PlatformTransactionManager transactionManager) {
        this.applications = applications;
        this.waiting = waiting;
        this.notifier = notifier;
        this.users = users;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Reminds the next actors of each application (批量发送催办提醒).
     *
     * @param versions the applications' ids, in order, each with the version the sender saw
     * @param message  what the sender adds, or {@code null}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public BulkResult remindAll(Map<Long, Long> versions, @Nullable String message) {
        BulkCheck.requireRows(versions);
        String note = BulkCheck.message(message, MAX_MESSAGE);
        String sender = AuditService.currentActor();
        String senderName = users.currentUser().map(u -> u.getDisplayName()).orElse(sender);
        // the sender's scope decides what may be reminded; who is reminded is the workflow's to say, asked as the portal
        BulkCheck<ApplicationRow> rows = BulkCheck.of(versions, this::visible, ApplicationRow::version,
                ApplicationRow::referenceNo, row -> {
                    if (row.closed()) {
                        throw new BusinessException("notification.bulk.closed");
                    }
                    return row;
                });
        BulkResult result = SystemAuthentication.call(() -> transactions.execute(tx -> {
            Map<CaseFacts, List<Notifier.NextActor>> plan = new LinkedHashMap<>();
            rows.passed().forEach((id, row) -> {
                CaseFacts facts = waiting.facts(id).orElse(null);
                List<Notifier.NextActor> next = facts == null ? List.of() : notifier.nextActors(facts, sender);
                if (next.isEmpty()) {
                    rows.refuse(new BulkResult.Refusal(id, row.referenceNo(), "notification.bulk.nobody"));
                } else {
                    plan.put(facts, next);
                }
            });
            if (rows.isRefused()) {
                return rows.refusal();
            }
            plan.forEach((facts, next) -> {
                next.forEach(n -> notifier.chase(facts, n, senderName, note));
                audit.recordAs(sender, AuditSubject.APPLICATION, Long.toString(facts.id()), AuditAction.REMINDER_SENT, null,
                        String.join(",", next.stream().map(n -> n.user().getUsername()).toList()), note);
            });
            return rows.done();
        }));
        return result == null ? rows.refusal() : result;
    }

    /** The application's row, if the sender may see it. */
    private Optional<ApplicationRow> visible(long id) {
        try {
            return Optional.of(applications.get(id).row());
        } catch (AccessDeniedException | BusinessException e) {
            return Optional.empty();
        }
    }
}
