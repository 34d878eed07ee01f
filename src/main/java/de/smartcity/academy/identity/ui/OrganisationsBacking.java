package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationForm;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.identity.entity.OrganisationKind;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/**
 * The organisation tree below the admin's scope ({@code admin/organisations.xhtml}): searched by
 * name (a national tree has thousands of nodes), shown indented by level, extended by one form.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final int SHOWN = 200;

    @Inject Organisations organisations;
    @Inject CurrentCaller currentCaller;

    private String text;
    private List<OrganisationView> shown;
    private Long parentId;
    private String name;
    private OrganisationKind kind = OrganisationKind.ORG_UNIT;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        shown = organisations.find(currentCaller.get(), text, SHOWN);
    }

    public void add() {
        try {
            organisations.create(currentCaller.get(), new OrganisationForm(parentId, name, kind));
            Messages.info("organisations.added");
            name = null;
            search();
        } catch (ConstraintViolationException | AcademyException rejection) {
            FormErrors.show("add", rejection);
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<OrganisationView> getShown() {
        return shown;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }
}
