/**
 * Organisations (a tree from the federation down to org units), people, accounts and roles, and
 * the identity store. Invariant: an HR or admin account acts only inside the organisation subtree
 * of its scope; every query for people goes through {@code control.Scope}.
 */
package de.smartcity.academy.identity;
