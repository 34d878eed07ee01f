package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.PasswordHashing;
import de.smartcity.academy.identity.control.VerifiedPasswords;
import de.smartcity.academy.identity.control.SecurityLog;
import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks user name and password against the accounts in the database and counts failures:
 * after {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row the account is locked for
 * a while, and even the right password is refused until then.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext EntityManager em;
    @Inject PasswordHashing hashing;
    @Inject Clock clock;
    @Inject VerifiedPasswords verified;

    private volatile String dummyHash;

    /** Runs in its own transaction so that a failed login is counted even when the request fails. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return check(password.getCaller(), password.getPasswordAsString());
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult check(String username, String password) {
        Optional<CredentialValidationResult> again = verifiedBefore(username, password);
        if (again.isPresent()) {
            return again.get();
        }
        Optional<Account> found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hashing.matches(password, dummyHash()); // same work as for a real account: no timing oracle
            SecurityLog.loginFailed(username, "unknown-user", "password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        if (account.isLocked(clock.instant())) {
            SecurityLog.loginFailed(username, "locked", "password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.matches(password, account.passwordHash())) {
            account.recordFailedLogin(clock.instant());
            SecurityLog.loginFailed(username, "wrong-password", "password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        account.recordSuccessfulLogin();
        verified.verified(username, password, account.passwordHash(), clock.instant());
        return valid(account);
    }

    /** An API client repeating a password that matched within the last minute: no PBKDF2, no row lock. */
    private Optional<CredentialValidationResult> verifiedBefore(String username, String password) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst()
                .filter(account -> !account.isLocked(clock.instant())
                        && verified.recentlyVerified(username, password, account.passwordHash(), clock.instant()))
                .map(AccountIdentityStore::valid);
    }

    private static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** Whether repeated failures currently lock this account (the login form says so). */
    @Transactional
    public boolean isLocked(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(account -> account.isLocked(clock.instant()))
                .orElse(false);
    }

    /** A hash of a random password, so that unknown user names cost the same time as known ones. */
    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hashing.hash(java.util.UUID.randomUUID().toString());
        }
        return dummyHash;
    }
}
