package de.smartcity.academy.platform.startup;

/**
 * Fired once after the schema is migrated. Features observe it (ordered by {@code @Priority}) to
 * import content and to seed demo data.
 *
 * @param demoMode whether the academy runs with demo data
 */
public record AcademyStarted(boolean demoMode) {}
