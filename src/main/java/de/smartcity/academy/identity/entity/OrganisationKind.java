package de.smartcity.academy.identity.entity;

/** Levels of the German administrative tree, top down. */
public enum OrganisationKind {
    FEDERAL, LAND, DISTRICT, MUNICIPALITY, ORG_UNIT
}
