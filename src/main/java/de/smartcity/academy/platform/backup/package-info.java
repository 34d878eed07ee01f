/**
 * Online backup of the embedded Derby database while the academy keeps running
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}); restore is an offline step described in the README.
 */
package de.smartcity.academy.platform.backup;
