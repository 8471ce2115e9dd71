/**
 * Users, roles and scopes, and the password and login rules a Chinese government system is assessed against
 * (等保 2.0 level 2): strong hashed passwords, expiry, no reuse, lock-out after repeated failures.
 */
@NullMarked
package org.ticportal.core.user;

import org.jspecify.annotations.NullMarked;
