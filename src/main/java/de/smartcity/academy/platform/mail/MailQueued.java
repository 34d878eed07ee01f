package de.smartcity.academy.platform.mail;

/** A mail was written to the outbox; observed after the commit to try it at once. */
record MailQueued(OutboxMail mail) {}
