package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.identity.entity.Person;

/** Participant plus person, as one view. */
final class ParticipantViews {

    private ParticipantViews() {}

    static ParticipantView of(Participant participant, Person person) {
        return new ParticipantView(participant.id(), participant.cohortId(), participant.personId(),
                person.displayName(), person.email(), person.organisation().name(), participant.status().name(),
                participant.note(), participant.appliedAt(), participant.waitlistedAt(), participant.reason());
    }
}
