/**
 * Recognised Technology Innovation Centers (技术创新中心, art. 9(3) and arts. 10–13 of the Xinzhou measures): the center
 * created with the step into a recognised stage, its official name (unique, revoked centers' names included), its
 * recognition document number (per year, from a pattern), its decision (认定决定) and certificate (证书) as PDFs from the
 * policy's templates, the staff's register and the public registry.
 */
@NullMarked
package org.ticportal.core.center;

import org.jspecify.annotations.NullMarked;
