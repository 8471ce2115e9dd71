/** Change requests (更名、变更主要研究方向、调整重组), conversion of older platforms, and rewards. */
@NullMarked
package org.ticportal.policy.api.change;

import org.jspecify.annotations.NullMarked;
