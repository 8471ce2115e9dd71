/** 插件管理: the policy plugins, their state and failure reasons, and their history. */
@NullMarked
package org.ticportal.ui.plugins;

import org.jspecify.annotations.NullMarked;
