package de.smartcity.academy.report.control;

import de.smartcity.academy.training.entity.TrainingStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person in one course. {@code dueOn} is null where nothing was assigned (the person enrolled on
 * their own); {@code scorePercent} is null unless scores are enabled for the organisation;
 * {@code certificateId} is the public id of the certificate that proves it (pages only, not exports).
 */
public record CompletionRow(long personId, String familyName, String givenName, String email,
                            String organisation, long courseId, String courseIri, String courseTitle,
                            TrainingStatus status, LocalDate dueOn, Instant startedAt, Instant completedAt,
                            LocalDate validUntil, Integer scorePercent, String certificateId)
        implements java.io.Serializable {

    public CompletionRow withoutScore() {
        return new CompletionRow(personId, familyName, givenName, email, organisation, courseId, courseIri,
                courseTitle, status, dueOn, startedAt, completedAt, validUntil, null, certificateId);
    }

    public CompletionRow withCertificate(String publicId) {
        return new CompletionRow(personId, familyName, givenName, email, organisation, courseId, courseIri,
                courseTitle, status, dueOn, startedAt, completedAt, validUntil, scorePercent, publicId);
    }
}
