package org.ticportal.core.form;

import org.jspecify.annotations.Nullable;

/**
 * The form a new case is filled in on now.
 *
 * @param definition the definition
 * @param versionId  the published version, or {@code null} when the policy's shipped form applies
 * @param number     the version's number, 0 for the shipped form
 */
public record CurrentForm(FormDefinition definition, @Nullable Long versionId, int number) {
}
