/**
 * 审计记录: administrators and auditors (审计员) read the audit trail, filtered and sorted in the database, each
 * record's before and after values; a record's own trail opens from its screen.
 */
@NullMarked
package org.ticportal.ui.audit;

import org.jspecify.annotations.NullMarked;
