package org.ticportal.core.form;

import org.ticportal.policy.api.LocalizedText;

/**
 * Something of the policy that reads a form field or needs an attachment's evidence: a rule, or a step's guard.
 *
 * @param key     the field key, or the evidence code of an attachment field
 * @param evidence whether {@code key} is an evidence code
 * @param by      the rule's id or the transition's code
 * @param title   the rule's or step's name
 * @param article the article it applies
 */
public record FieldUse(String key, boolean evidence, String by, LocalizedText title, String article) {
}
