package org.ticportal.core.catalog;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/** An entry as the policy plugin defines it, whatever the catalog's kind. */
record DefaultEntry(String code, LocalizedText name, String article, @Nullable LocalizedText group) {
}
