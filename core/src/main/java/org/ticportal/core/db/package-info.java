/**
 * The portal's database: an embedded MariaDB in the data folder when no external datasource is configured.
 */
@org.jspecify.annotations.NullMarked
package org.ticportal.core.db;
