/** Login, logout, the forced password change, and the web security configuration. */
@NullMarked
package org.ticportal.ui.security;

import org.jspecify.annotations.NullMarked;
