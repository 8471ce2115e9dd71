/**
 * The recognition procedure as data: stages, the transitions between them, who acts, what each transition requires,
 * deadlines in working days, optional stages, and stages other jurisdictions add (approval to build, a construction
 * period, an acceptance review, a provisional status).
 */
@NullMarked
package org.ticportal.policy.api.procedure;

import org.jspecify.annotations.NullMarked;
