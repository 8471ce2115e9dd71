/**
 * A small test kit for plugin authors, shipped in the API jar (plain Java, no test framework): sample applications
 * built fluently ({@link org.ticportal.policy.api.testkit.SampleApplication}) and a host whose answers a test sets
 * ({@link org.ticportal.policy.api.testkit.HostStub}). The application data they give is read exactly as the portal
 * reads an application's stored form values.
 *
 * <pre>{@code
 * SampleApplication complete = SampleApplication.empty()
 *         .with(FieldKeys.USABLE_AREA, 800)
 *         .with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)
 *         .withEvidence(EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN);
 * RuleContext context = complete.with(FieldKeys.USABLE_AREA, 420)
 *         .context(new HostStub().directing("14090219700101001X"), settings, 2026);
 * }</pre>
 */
@NullMarked
package org.ticportal.policy.api.testkit;

import org.jspecify.annotations.NullMarked;
