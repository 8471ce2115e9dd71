/**
 * Form definitions (what a form asks, in sections of typed fields, with validation and conditional visibility), read
 * from the JSON a policy plugin ships, and the server-side validation of the values users enter. The format is
 * documented in {@code docs/form-definitions.md}.
 */
@NullMarked
package org.ticportal.core.form;

import org.jspecify.annotations.NullMarked;
