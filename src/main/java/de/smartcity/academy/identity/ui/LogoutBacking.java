package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.control.SecurityLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logout ends the container login and the whole session (POST only, so no CSRF logout by link). */
@Named
@RequestScoped
public class LogoutBacking {

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        SecurityLog.logout(user);
        return "/index?faces-redirect=true";
    }
}
