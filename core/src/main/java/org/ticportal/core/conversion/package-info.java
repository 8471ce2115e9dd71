/**
 * Conversion of older platforms into centers (art. 16 of the Xinzhou measures: 原有符合条件的市工程技术研究中心，可以申请转成
 * 市技术创新中心): the bureau's registry of municipal engineering technology research centers (市工程技术研究中心), imported
 * from Excel with a column mapping and a validation report, all or nothing; the conversion application a registered
 * center's unit files (a recognition application marked with the policy's conversion source, run through the
 * policy's procedure); and, when the conversion is recognised, the old title marked converted, linked to the new
 * center, and the rewards the policy grants such a center recorded.
 */
@NullMarked
package org.ticportal.core.conversion;

import org.jspecify.annotations.NullMarked;
