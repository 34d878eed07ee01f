package de.smartcity.academy.privacy.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.privacy.boundary.Erasure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "anonymise" button on {@code people/edit.xhtml} (admins; the page asks for confirmation first). */
@Named
@RequestScoped
public class PersonErasureBacking {

    @Inject Erasure erasure;
    @Inject CurrentCaller currentCaller;

    public String anonymise(Long personId) {
        try {
            erasure.anonymise(currentCaller.get(), personId);
            Messages.info("privacy.anonymised");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/people/index?faces-redirect=true";
        } catch (AcademyException rejection) {
            FormErrors.show("erasure", rejection);
            return null;
        }
    }
}
