/**
 * 我的待办 (each role's landing page: what waits for the user, with its time limit in working days) and 通知 (the
 * notifications the portal wrote for the user, the bell in the header counts the unread ones).
 */
@NullMarked
package org.ticportal.ui.inbox;

import org.jspecify.annotations.NullMarked;
