/**
 * 认定公示: the bureau's notices and objections (公示管理), and the public pages without login where anyone reads a
 * published notice and objects to it.
 */
@NullMarked
package org.ticportal.ui.notices;

import org.jspecify.annotations.NullMarked;
