/** 年度报告: the annual reports grid, a report's page, and the reports section of a center's page. */
@NullMarked
package org.ticportal.ui.reports;

import org.jspecify.annotations.NullMarked;
