/**
 * The decision body's meetings (党组会议, art. 9(3) of the Xinzhou measures): agendas of applications ready for decision,
 * the printed agenda, and the recording of each decision as the policy's decision step on its application.
 */
@NullMarked
package org.ticportal.core.meeting;

import org.jspecify.annotations.NullMarked;
