package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.SecurityLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports of personal data need a password confirmed within the last minutes, not only a session
 * (OWASP ASVS 3.7.1): a session left open on a shared office PC must not be enough to carry off a
 * department's training records. The login itself does not count, so the rule holds for every
 * session. HTTP Basic sends the password with each request and therefore counts as confirmed.
 */
@Named
@RequestScoped
public class Reauthentication {

    static final String CONFIRMED_AT = Reauthentication.class.getName() + ".confirmedAt";

    @Inject HttpServletRequest request;
    @Inject IdentityStoreHandler identityStores;
    @Inject CurrentCaller caller;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "academy.reauthentication.minutes", defaultValue = "10") int minutes;

    public boolean isConfirmed() {
        if (AcademyAuthentication.sendsPassword(request)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Instant confirmedAt = session == null ? null : (Instant) session.getAttribute(CONFIRMED_AT);
        return confirmedAt != null && clock.instant().isBefore(confirmedAt.plus(Duration.ofMinutes(minutes)));
    }

    /** Checks the caller's password (wrong ones count towards the account lock like at login). */
    public boolean confirm(String password) {
        String username = caller.get().username();
        boolean valid = password != null && identityStores.validate(new UsernamePasswordCredential(username, password))
                .getStatus() == CredentialValidationResult.Status.VALID;
        if (valid) {
            request.getSession().setAttribute(CONFIRMED_AT, clock.instant());
        }
        SecurityLog.reauthenticated(username, valid);
        return valid;
    }

    public void require() {
        if (!isConfirmed()) {
            throw new ReauthenticationRequired();
        }
    }

    public int getMinutes() {
        return minutes;
    }
}
