/**
 * Backups (备份) of everything the portal keeps, taken while it runs, and their restore at start-up.
 *
 * <p>An archive holds one transactionally consistent dump of the database ({@code mariadb-dump --single-transaction})
 * and the files that dump refers to: the attachments, the archived plugin versions and the uploaded plugins, with a
 * manifest of versions, counts and SHA-256 checksums. {@code BackupService} writes archives, {@code BackupCatalog}
 * lists them (and {@code BackupFolder} keeps the newest); {@code RestoreOnStart} loads one into an empty database
 * and data folder before Flyway migrates it.
 */
@NullMarked
package org.ticportal.core.backup;

import org.jspecify.annotations.NullMarked;
