/**
 * The backup screen (数据备份): the archives with their size, time, author and status, a backup taken now in the
 * background with its progress, and an archive's download. Restoring is an operator's action at start-up (README).
 */
@NullMarked
package org.ticportal.ui.backups;

import org.jspecify.annotations.NullMarked;
