/**
 * Self-registration of applicant units (单位注册) on the portal's public page: the choices the page offers (every
 * jurisdiction whose policy is active), the checks a public form needs (a challenge, a rate limit per address, size
 * limits) and the registration itself (a pending unit and its administrator).
 */
@NullMarked
package org.ticportal.core.registration;

import org.jspecify.annotations.NullMarked;
