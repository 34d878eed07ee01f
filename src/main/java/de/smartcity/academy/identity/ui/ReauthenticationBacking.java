package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.AccountIdentityStore;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.Reauthentication;
import de.smartcity.academy.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/** The "confirm your password" dialog in front of exports ({@code WEB-INF/templates/reauthenticate.xhtml}). */
@Named
@RequestScoped
public class ReauthenticationBacking {

    @Inject Reauthentication reauthentication;
    @Inject AccountIdentityStore accounts;
    @Inject CurrentCaller caller;

    private String password;

    public void confirm() {
        if (reauthentication.confirm(password)) {
            Messages.info("reauth.confirmed", reauthentication.getMinutes());
            PrimeFaces.current().ajax().addCallbackParam("confirmed", true);
        } else {
            boolean locked = accounts.isLocked(caller.get().username());
            Messages.fieldError("reauth:password", Messages.text(locked ? "login.locked" : "reauth.wrong"));
            FacesContext.getCurrentInstance().validationFailed();
        }
        password = null;
    }

    /** For download actions: whether the export may run now; if not, the page says why (the confirmation ran out). */
    public boolean allowsExport() {
        if (reauthentication.isConfirmed()) {
            return true;
        }
        Messages.error("reauth.expired");
        return false;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
