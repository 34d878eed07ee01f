/**
 * HR reports at national scale: completion per person and course with the training status,
 * per-org-unit summaries, expiring certificates, AI-literacy evidence and a person's training
 * record; CSV/XLSX/JSON exports, an audit of every view and export, monthly reports by e-mail.
 * Always limited to the caller's organisation subtree. Queries are plain SQL over indexed
 * columns, paged in the database and streamed for exports — never whole tables in memory.
 */
package de.smartcity.academy.report;
