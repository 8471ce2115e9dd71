/** What every screen shares: the main layout, translations and locales, date formats, the management grid. */
@NullMarked
package org.ticportal.ui.base;

import org.jspecify.annotations.NullMarked;
