/** The Vaadin Flow user interface: views call core services only. */
@NullMarked
package org.ticportal.ui;

import org.jspecify.annotations.NullMarked;
