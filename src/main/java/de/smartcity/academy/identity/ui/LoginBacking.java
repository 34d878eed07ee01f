package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.AccountIdentityStore;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.web.LanguageSelection;
import de.smartcity.academy.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login form ({@code login.xhtml}): authenticates and sends each role to its home page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject SecurityContext security;
    @Inject AccountIdentityStore accounts;
    @Inject CurrentCaller currentCaller;
    @Inject LanguageSelection language;

    private String username;
    private String password;

    public String login() {
        if (accounts.isLocked(username)) {
            Messages.error("login.locked");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Caller caller = currentCaller.get();
            language.use(caller.language().locale().getLanguage());
            return HomePages.of(caller.primaryRole()) + "?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        Messages.error(accounts.isLocked(username) ? "login.locked" : "login.failed");
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
