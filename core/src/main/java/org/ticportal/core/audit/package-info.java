/** The audit trail: every state change and security event, with who, when, from, to and comment. */
@NullMarked
package org.ticportal.core.audit;

import org.jspecify.annotations.NullMarked;
