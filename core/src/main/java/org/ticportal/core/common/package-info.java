/** Small shared pieces: clock, configuration properties, errors shown to users. */
@NullMarked
package org.ticportal.core.common;

import org.jspecify.annotations.NullMarked;
