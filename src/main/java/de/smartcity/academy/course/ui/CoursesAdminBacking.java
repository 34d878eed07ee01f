package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseImport;
import de.smartcity.academy.course.boundary.ImportOutcome;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The course catalogue for admins ({@code admin/courses.xhtml}): what is listed, the last import, import now. */
@Named
@ViewScoped
public class CoursesAdminBacking implements Serializable {

    private static final Catalogue.Filter ALL = new Catalogue.Filter(null, null, null, null);

    /** One rejected course with its errors ("file:line: message"). */
    public record Rejection(String course, List<String> errors) {}

    @Inject Catalogue catalogue;
    @Inject CourseImport courseImport;
    @Inject CurrentCaller currentCaller;

    private PagedModel<CourseRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>((page, size) -> catalogue.search(ALL, page, size).map(CourseRow::of));
    }

    public void importNow() {
        try {
            ImportOutcome outcome = courseImport.importNow(currentCaller.get());
            if (outcome.rejected().isEmpty()) {
                Messages.info("courses.import.done", outcome.updated().size(), outcome.unchanged().size());
            } else {
                Messages.error("courses.import.doneWithRejections", outcome.updated().size(), outcome.unchanged().size(),
                        outcome.rejected().size());
            }
        } catch (AcademyException rejection) {
            FormErrors.show("courses", rejection);
        }
    }

    /** The server's latest import (at startup or on demand), null before the first. */
    public ImportOutcome getOutcome() {
        return courseImport.lastOutcome();
    }

    public List<Rejection> getRejections() {
        ImportOutcome shown = getOutcome();
        return shown == null ? List.of()
                : shown.rejected().entrySet().stream().map(e -> new Rejection(e.getKey(), e.getValue())).toList();
    }

    public PagedModel<CourseRow> getModel() {
        return model;
    }
}
