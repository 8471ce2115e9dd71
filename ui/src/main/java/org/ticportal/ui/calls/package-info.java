/** 申报批次: the calls for applications — the bureau opens and edits them, everyone sees what is open now. */
@NullMarked
package org.ticportal.ui.calls;

import org.jspecify.annotations.NullMarked;
