package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.Certificates;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.file.UploadedFile;

/** Public form on {@code verify-credential.xhtml}: upload a credential JSON, see signature and status. */
@Named
@ViewScoped
public class CredentialCheckBacking implements Serializable {

    private static final long MAX_BYTES = 256 * 1024;

    @Inject Certificates certificates;

    private transient UploadedFile file;
    private Certificates.CredentialCheck result;

    public void check() {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_BYTES) {
            Messages.fieldError("check:file", Messages.text("verify.upload.invalid"));
            return;
        }
        try {
            result = certificates.check(new String(file.getContent(), StandardCharsets.UTF_8));
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Certificates.CredentialCheck getResult() {
        return result;
    }
}
