package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.Recertification;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The certificate of a course and its refresher, where the learner sees the course (the dashboard
 * {@code learner/index.xhtml} and {@code learner/course.xhtml}).
 */
@Named
@RequestScoped
public class RecertificationBacking {

    @Inject Recertification recertification;
    @Inject CurrentCaller currentCaller;

    private Map<String, Recertification.Standing> standings;

    /** The current certificate of a course, or null. Loaded on first use, on postbacks too. */
    public Recertification.Standing standing(String courseIri) {
        return standings().get(courseIri);
    }

    /** Refreshers to offer, the earliest expiry first. */
    public List<Recertification.Standing> getOffered() {
        return standings().values().stream().filter(Recertification.Standing::refresherOffered)
                .sorted(Comparator.comparing(Recertification.Standing::expiresOn)).toList();
    }

    private Map<String, Recertification.Standing> standings() {
        if (standings == null) {
            standings = recertification.standings(currentCaller.get());
        }
        return standings;
    }

    /** Starts the refresher and leads to the course page, where the new round begins. */
    public String start(String courseId) {
        try {
            recertification.start(currentCaller.get(), courseId);
            Messages.info("refresher.started");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/learner/course?faces-redirect=true&id=" + courseId;
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
            return null;
        }
    }
}
