/**
 * 表单设计: administrators adapt the forms a policy ships: the list of forms with their versions, import and export,
 * and the designer with its live preview and pre-publication check.
 */
@NullMarked
package org.ticportal.ui.formdesign;

import org.jspecify.annotations.NullMarked;
