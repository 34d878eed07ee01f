/**
 * E-mail: templates in German and English, a transactional outbox and its delivery by SMTP.
 * Invariants: a mail is written in the business transaction and sent only after it committed;
 * a mail failure is recorded on the mail and never reaches the caller; in outbox mode (demo)
 * nothing is sent.
 */
package de.smartcity.academy.platform.mail;
