package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.ImportReport;
import de.smartcity.academy.identity.boundary.PeopleImport;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.file.UploadedFile;

/** CSV import of people ({@code admin/people-import.xhtml}) with the line-by-line report. */
@Named
@ViewScoped
public class PeopleImportBacking implements Serializable {

    @Inject PeopleImport peopleImport;
    @Inject CurrentCaller currentCaller;

    private transient UploadedFile file;
    private ImportReport report;

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload:file", Messages.text("login.required"));
            return;
        }
        try {
            report = peopleImport.importCsv(currentCaller.get(), new String(file.getContent(), StandardCharsets.UTF_8));
            if (report.imported()) {
                Messages.info("import.done", report.accepted());
            } else {
                Messages.error("import.rejected", report.rejected().size());
            }
        } catch (AcademyException rejection) {
            FormErrors.show("upload", rejection);
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
