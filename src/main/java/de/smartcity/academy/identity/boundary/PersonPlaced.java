package de.smartcity.academy.identity.boundary;

/**
 * Fired inside the transaction that created a person or moved them to another organisation, so
 * features that attach duties to org units (mandatory training) follow in the same transaction.
 */
public record PersonPlaced(long personId) {}
