package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.SessionPlan;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A live session as a trainer enters it: a day and wall-clock times in Europe/Berlin, and the link
 * to the video conference (http or https only, so a calendar never carries a {@code javascript:} link).
 */
public record SessionForm(
        @NotBlank(message = "{cohort.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 100, message = "{field.tooLong}") String moduleId,
        @NotNull(message = "{cohort.date.required}") LocalDate date,
        @NotNull(message = "Bitte geben Sie die Uhrzeit an. / Please enter the time.") LocalTime startTime,
        @NotNull(message = "Bitte geben Sie die Uhrzeit an. / Please enter the time.") LocalTime endTime,
        @NotBlank(message = "Bitte geben Sie den Link zum Online-Termin an. / Please enter the meeting link.")
        @Size(max = 500, message = "{field.tooLong}")
        @Pattern(regexp = URL, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "Bitte geben Sie einen Link mit https:// an. / Please enter an https:// link.")
        String meetingUrl) implements java.io.Serializable {

    /** http(s), a host, then only characters a URI allows (the calendar file needs a valid URI). */
    static final String URL = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*)?";

    /** Declared explicitly so constraints stay on the fields (Payara's OpenAPI scanner fails on parameter ones). */
    public SessionForm(String title, String moduleId, LocalDate date, LocalTime startTime, LocalTime endTime,
                       String meetingUrl) {
        this.title = title;
        this.moduleId = moduleId;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.meetingUrl = meetingUrl;
    }

    @AssertTrue(message = "Das Ende muss nach dem Beginn liegen. / The end must be after the start.")
    public boolean isEndAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    SessionPlan plan() {
        return new SessionPlan(title.strip(), moduleId == null || moduleId.isBlank() ? null : moduleId.strip(),
                date, startTime, endTime, meetingUrl.strip());
    }
}
