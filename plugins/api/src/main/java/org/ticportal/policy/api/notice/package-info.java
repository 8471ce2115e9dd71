/** The public notice (公示): its length in working days, how days are counted, and how objections are received. */
@NullMarked
package org.ticportal.policy.api.notice;

import org.jspecify.annotations.NullMarked;
