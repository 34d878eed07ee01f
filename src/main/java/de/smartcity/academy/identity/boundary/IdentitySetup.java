package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.DemoPeople;
import de.smartcity.academy.identity.control.PasswordHashing;
import de.smartcity.academy.identity.control.PasswordPolicy;
import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.OrganisationKind;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.startup.AcademyStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: in demo mode, the demo organisations and people (idempotent: nothing happens when
 * they exist); in production mode, only a first administrator from the environment, and only
 * while no administrator exists.
 */
@ApplicationScoped
public class IdentitySetup {

    static final int PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(IdentitySetup.class.getName());

    @PersistenceContext EntityManager em;
    @Inject PasswordHashing hashing;

    @Inject @ConfigProperty(name = "academy.admin.username")
    Optional<String> adminUsername;
    @Inject @ConfigProperty(name = "academy.admin.password")
    Optional<String> adminPassword;
    @Inject @ConfigProperty(name = "academy.admin.email")
    Optional<String> adminEmail;
    @Inject @ConfigProperty(name = "academy.admin.organisation", defaultValue = "Bundesrepublik Deutschland")
    String adminOrganisation;

    @Transactional
    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        if (started.demoMode()) {
            seedDemo();
        } else {
            createFirstAdministrator();
        }
    }

    private void seedDemo() {
        if (!em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", DemoPeople.ROOT).getResultList().isEmpty()) {
            return;
        }
        Map<String, Organisation> organisations = new HashMap<>();
        DemoPeople.ORGANISATIONS.forEach(org -> organisations.put(org.name(),
                persist(new Organisation(org.name(), org.kind(), organisations.get(org.parent())))));
        // one hash for all demo accounts: they share the published demo password anyway
        String demoHash = hashing.hash(DemoPeople.PASSWORD);
        for (DemoPeople.Staff staff : DemoPeople.STAFF) {
            Person person = new Person(staff.givenName(), staff.familyName(), staff.email(),
                    organisations.get(staff.organisation()), Language.of(staff.language()));
            em.persist(person);
            if (staff.username() != null) {
                Account account = new Account(staff.username(), demoHash, person);
                account.assignRoles(staff.roles(), organisations.get(staff.scope()));
                em.persist(account);
            }
        }
        LOG.info(() -> "event=demo.identity.seeded organisations=" + organisations.size()
                + " people=" + DemoPeople.STAFF.size());
    }

    private void createFirstAdministrator() {
        long admins = em.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String username = adminUsername.orElse("");
        String password = adminPassword.orElse("");
        if (username.isBlank() || adminEmail.isEmpty()
                || PasswordPolicy.check(password, username).isPresent()) {
            LOG.severe("event=setup.no-admin No administrator exists. Set ACADEMY_ADMIN_USERNAME, "
                    + "ACADEMY_ADMIN_EMAIL and ACADEMY_ADMIN_PASSWORD (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters) and restart.");
            return;
        }
        Organisation root = persist(new Organisation(adminOrganisation, OrganisationKind.FEDERAL, null));
        Person person = new Person("Erste", "Administration", adminEmail.get(), root, Language.DE);
        em.persist(person);
        Account account = new Account(username, hashing.hash(password), person);
        account.assignRoles(Set.of(Role.ADMIN), root);
        em.persist(account);
        LOG.info(() -> "event=setup.admin-created user=" + username + " org=" + root.id());
    }

    private Organisation persist(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        organisation.assignPath();
        return organisation;
    }
}
