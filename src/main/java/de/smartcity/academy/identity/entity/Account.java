package de.smartcity.academy.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The login of a person: user name, PBKDF2 password hash, roles, and for HR/admin the root of the
 * organisation subtree they may act on. Repeated wrong passwords lock the account for a while
 * (throttling against password guessing).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
// the caller of every request: scalar columns (no managed entities to build), one row per role, one statement
@NamedQuery(name = Account.CALLER, query = "select a.username, p.id, p.givenName, p.familyName, p.email, p.language,"
        + " o.id, o.name, s.id, s.name, s.path, r from Account a join a.person p join p.organisation o"
        + " left join a.scope s left join a.roles r where a.username = :username")
@NamedQuery(name = Account.BY_PERSON, query = "select a from Account a where a.person.id = :personId")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_PERSON = "Account.byPerson";
    public static final String CALLER = "Account.caller";
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_organisation_id")
    private Organisation scope;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String passwordHash, Person person) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * Replaces the roles. HR and ADMIN need a scope; without one the account would see nobody.
     */
    public void assignRoles(Set<Role> newRoles, Organisation newScope) {
        if (newRoles.stream().anyMatch(Role::isScoped) && newScope == null) {
            throw new IllegalArgumentException("HR and ADMIN roles need a scope organisation");
        }
        roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        scope = newRoles.stream().anyMatch(Role::isScoped) ? newScope : null;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Person person() {
        return person;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Organisation scope() {
        return scope;
    }
}
