/**
 * The TIC Portal policy SPI: what a city or province implements, in a PF4J plugin, so that the portal runs its
 * measures for Technology Innovation Centers (技术创新中心). Plain Java only: records, enums and interfaces.
 *
 * <p>Start with {@link org.ticportal.policy.api.PolicyProvider}. The API is versioned semantically
 * ({@link org.ticportal.policy.api.PolicyApi#VERSION}); a plugin declares the range it was built for in
 * {@code plugin.requires} and the portal refuses a plugin whose range excludes the version it provides.
 */
@NullMarked
package org.ticportal.policy.api;

import org.jspecify.annotations.NullMarked;
