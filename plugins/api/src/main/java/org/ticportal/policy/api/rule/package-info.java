/**
 * Eligibility rules: each has a kind ({@link org.ticportal.policy.api.rule.RuleKind}), cites its article, reads the
 * application's data by field key, and may ask the host narrow questions through
 * {@link org.ticportal.policy.api.rule.HostQueries}. {@link org.ticportal.policy.api.rule.Rules} builds the common
 * ones.
 */
@NullMarked
package org.ticportal.policy.api.rule;

import org.jspecify.annotations.NullMarked;
