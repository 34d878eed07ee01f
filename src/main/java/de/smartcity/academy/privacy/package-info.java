/**
 * Data rights (GDPR): a person's copy of all data about them (JSON and PDF), and anonymisation by an
 * administrator once the retention period has passed. Which tables hold a person's data is read from
 * the schema's foreign keys, so a new table that references {@code person} is covered without code here.
 * Anonymising keeps the person row (counts and foreign keys stay intact) and certificates as issued.
 */
package de.smartcity.academy.privacy;
