package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Person;

/** A person as lists and the REST API show them. */
public record PersonView(long id, String givenName, String familyName, String email,
                         long organisationId, String organisationName, String language) implements java.io.Serializable {

    static PersonView of(Person person) {
        return new PersonView(person.id(), person.givenName(), person.familyName(), person.email(),
                person.organisation().id(), person.organisation().name(), person.language().name().toLowerCase());
    }
}
