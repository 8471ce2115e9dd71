/** The landing page: what the logged-in user's role does, their scope, and the policy in force. */
@NullMarked
package org.ticportal.ui.home;

import org.jspecify.annotations.NullMarked;
