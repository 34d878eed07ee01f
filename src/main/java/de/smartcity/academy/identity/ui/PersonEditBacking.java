package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.AccountGrant;
import de.smartcity.academy.identity.boundary.AccountView;
import de.smartcity.academy.identity.boundary.Accounts;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.identity.boundary.People;
import de.smartcity.academy.identity.boundary.PersonForm;
import de.smartcity.academy.identity.boundary.PersonView;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Create or edit a person and their roles ({@code people/edit.xhtml?id=…}, admins only). */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

    @Inject People people;
    @Inject Accounts accounts;
    @Inject Organisations organisations;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private String givenName;
    private String familyName;
    private String email;
    private Long organisationId;
    private String language = "de";
    private AccountView account;
    private Role[] roles = new Role[0];
    private Long scopeId;
    private String username;
    private String initialPassword;
    private List<OrganisationView> organisationChoices;

    /** f:viewAction: loads the person (404 outside the admin's scope). */
    public void load() {
        Caller caller = currentCaller.get();
        organisationChoices = organisations.find(caller, "", 200);
        if (id == null) {
            return;
        }
        PersonView person = people.get(caller, id);
        givenName = person.givenName();
        familyName = person.familyName();
        email = person.email();
        organisationId = person.organisationId();
        language = person.language();
        account = accounts.of(caller, id).orElse(null);
        if (account != null) {
            roles = account.roles().toArray(Role[]::new);
            scopeId = account.scopeId();
        }
    }

    public String save() {
        PersonForm form = new PersonForm(givenName, familyName, email, organisationId, language);
        try {
            PersonView saved = id == null ? people.create(currentCaller.get(), form)
                    : people.update(currentCaller.get(), id, form);
            Messages.info("people.saved");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/people/edit?faces-redirect=true&id=" + saved.id();
        } catch (ConstraintViolationException | AcademyException rejection) {
            FormErrors.show("person", rejection);
            return null;
        }
    }

    public void saveRoles() {
        Set<Role> granted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        try {
            account = accounts.grant(currentCaller.get(), id, new AccountGrant(granted, scopeId, username, initialPassword));
            initialPassword = null;
            Messages.info("people.roles.saved");
        } catch (ConstraintViolationException | AcademyException rejection) {
            FormErrors.show("roles", rejection);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public AccountView getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public Long getScopeId() {
        return scopeId;
    }

    public void setScopeId(Long scopeId) {
        this.scopeId = scopeId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
