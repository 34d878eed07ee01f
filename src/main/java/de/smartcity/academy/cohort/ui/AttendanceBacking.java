package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.AttendanceEntry;
import de.smartcity.academy.cohort.boundary.AttendanceImport;
import de.smartcity.academy.cohort.boundary.AttendanceView;
import de.smartcity.academy.cohort.boundary.Attendances;
import de.smartcity.academy.cohort.entity.AttendanceStatus;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * Attendance of one session on one screen ({@code trainer/attendance.xhtml?cohort=…&session=…}):
 * a radio group per participant, saved together, or the video-conference list imported.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    @Inject Attendances attendances;
    @Inject AttendanceImport attendanceImport;
    @Inject CurrentCaller currentCaller;

    private Long cohort;
    private Long session;
    private List<AttendanceView> rows;
    /** Status names per participant id: Faces cannot infer the enum type of a map value. */
    private final Map<Long, String> statuses = new HashMap<>();
    private transient UploadedFile file;
    private AttendanceImport.Report report;

    public void load() {
        if (cohort == null || session == null) {
            throw new NotFound("Seite");
        }
        rows = attendances.ofSession(currentCaller.get(), cohort, session);
        statuses.clear();
        rows.forEach(r -> statuses.put(r.participantId(), r.status()));
    }

    public void allPresent() {
        rows.forEach(r -> statuses.put(r.participantId(), AttendanceStatus.PRESENT.name()));
    }

    public void save() {
        try {
            List<AttendanceEntry> entries = statuses.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> new AttendanceEntry(e.getKey(), AttendanceStatus.valueOf(e.getValue()))).toList();
            attendances.recordAll(currentCaller.get(), cohort, session, entries);
            Messages.info("attendance.saved", entries.size());
            load();
        } catch (AcademyException rejection) {
            FormErrors.show("attendance", rejection);
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload:file", Messages.text("login.required"));
            return;
        }
        try {
            report = attendanceImport.importCsv(currentCaller.get(), cohort, session,
                    new String(file.getContent(), StandardCharsets.UTF_8), null);
            if (report.imported()) {
                Messages.info("attendance.imported", report.present(), report.absent());
            } else {
                Messages.error("attendance.importRejected");
            }
            load();
        } catch (AcademyException rejection) {
            FormErrors.show("upload", rejection);
        }
    }

    public AttendanceStatus[] getChoices() {
        return AttendanceStatus.values();
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public List<AttendanceView> getRows() {
        return rows;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public AttendanceImport.Report getReport() {
        return report;
    }
}
