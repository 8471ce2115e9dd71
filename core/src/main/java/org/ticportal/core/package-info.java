/**
 * TIC Portal core: domain, persistence, services, security and the policy plugin runtime. Feature packages
 * ({@code user}, {@code unit}, {@code audit}, {@code plugin}, {@code db}) each hold their entity, repository and
 * service. Nothing here knows about Vaadin.
 */
@NullMarked
package org.ticportal.core;

import org.jspecify.annotations.NullMarked;
