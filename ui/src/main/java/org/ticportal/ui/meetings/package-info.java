/** The decision body's meetings (党组会议): the list, the agenda, the printed agenda and the recording of decisions. */
@NullMarked
package org.ticportal.ui.meetings;

import org.jspecify.annotations.NullMarked;
