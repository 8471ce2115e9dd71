/**
 * 工程中心名录 and 转建 (art. 16 of the Xinzhou measures): the bureau's registry of engineering technology research
 * centers with its Excel import (upload, column mapping, validation report, import with progress), the unit's
 * conversion filing, the bureau's skip of an optional stage on a conversion's page, and what a center's page shows of
 * its conversion and rewards. Texts in {@code vaadin-i18n/conversion*.properties}.
 */
@NullMarked
package org.ticportal.ui.conversion;

import org.jspecify.annotations.NullMarked;
