package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.identity.boundary.People;
import de.smartcity.academy.identity.boundary.PersonView;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The people list ({@code people/index.xhtml}): search and organisation filter, one page at a time. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final int ORGANISATION_CHOICES = 200;

    @Inject People people;
    @Inject Organisations organisations;
    @Inject CurrentCaller currentCaller;

    private String text;
    private Long organisationId;
    private List<OrganisationView> organisationChoices;
    private PagedModel<PersonView> model;

    @PostConstruct
    void init() {
        Caller caller = currentCaller.get();
        organisationChoices = organisations.find(caller, "", ORGANISATION_CHOICES);
        model = new PagedModel<>((page, size) -> people.search(caller, organisationId, text, page, size));
    }

    public PagedModel<PersonView> getModel() {
        return model;
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
