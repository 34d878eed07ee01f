package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Organisation;

/** An organisation as lists, the tree and the REST API show it. */
public record OrganisationView(long id, String name, String kind, Long parentId, int depth) implements java.io.Serializable {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.name(), organisation.kind().name(),
                organisation.parent() == null ? null : organisation.parent().id(), organisation.depth());
    }
}
