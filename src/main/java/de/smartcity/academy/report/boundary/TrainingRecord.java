package de.smartcity.academy.report.boundary;

import de.smartcity.academy.report.control.CompletionRow;
import java.time.LocalDate;
import java.util.List;

/** Everything a person has learned and holds, for HR's printable training record. */
public record TrainingRecord(long personId, String name, String email, String organisation, List<CompletionRow> courses,
                             boolean scoresShown, List<Held> certificates) implements java.io.Serializable {

    /** @param state VALID, EXPIRED, REVOKED or SUPERSEDED */
    public record Held(String publicId, String achievement, LocalDate issuedOn, LocalDate expiresOn, String state)
            implements java.io.Serializable {}
}
