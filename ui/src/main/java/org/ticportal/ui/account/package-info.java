/** The user's own account: password change (forced at first login and on expiry). */
@NullMarked
package org.ticportal.ui.account;

import org.jspecify.annotations.NullMarked;
