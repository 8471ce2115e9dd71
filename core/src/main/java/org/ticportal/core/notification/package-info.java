/**
 * Notifications (通知) and e-mail: when an application takes a step, the users who may take its next one are told in
 * the portal and, when an SMTP server is configured, by e-mail ({@link org.ticportal.core.notification.StepNotifications});
 * N working days before a stage's time limit they are reminded once ({@link org.ticportal.core.notification.Reminders}).
 * E-mails go through an outbox sent after the step's commit and retried on failure
 * ({@link org.ticportal.core.notification.MailOutbox}). Who may act is the workflow's to say
 * ({@link org.ticportal.core.application.WaitingWork}); this package only asks.
 */
@NullMarked
package org.ticportal.core.notification;

import org.jspecify.annotations.NullMarked;
