/**
 * The public notice (认定公示) and objections to it (异议): the bureau publishes a batch of applications in the policy's
 * notice stage, the public reads it and objects on a page without login, the bureau handles each objection through the
 * policy's steps. The application feature learns of objections not yet handled through
 * {@link org.ticportal.core.application.PendingObjections}.
 */
@NullMarked
package org.ticportal.core.notice;

import org.jspecify.annotations.NullMarked;
