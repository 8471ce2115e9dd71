/**
 * Forms on screen: the renderer that turns a form definition into fields (sections as tabs, tables, conditional
 * fields), and shows the server's refusals at the field they concern.
 */
@NullMarked
package org.ticportal.ui.forms;

import org.jspecify.annotations.NullMarked;
