/**
 * 开放接口: the administrator's screen of the API's machine clients — create one with its scope (the token shown once),
 * see when each was last used, revoke one.
 */
@NullMarked
package org.ticportal.ui.apiclients;

import org.jspecify.annotations.NullMarked;
