package org.ticportal.core.form;

import org.ticportal.policy.api.LocalizedText;

/** An inline choice of a choice field. */
public record FormOption(String code, LocalizedText label) {
}
