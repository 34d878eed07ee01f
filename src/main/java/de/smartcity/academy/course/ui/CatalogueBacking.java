package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/** The course catalogue ({@code learner/catalogue.xhtml}): text, topic, language and duration filters. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    static final String TABLE = "catalogue:table";

    @Inject Catalogue catalogue;

    private String text;
    private String topic;
    private String language;
    private Integer maxHours;
    private List<String> topics;
    private PagedModel<CourseRow> model;

    @PostConstruct
    void init() {
        topics = catalogue.topics();
        model = new PagedModel<>((page, size) -> catalogue.search(filter(), page, size).map(CourseRow::of));
    }

    /** A new search starts on the first page again. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private Catalogue.Filter filter() {
        return new Catalogue.Filter(text, topic, language, maxHours);
    }

    public PagedModel<CourseRow> getModel() {
        return model;
    }

    public List<String> getTopics() {
        return topics;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getMaxHours() {
        return maxHours;
    }

    public void setMaxHours(Integer maxHours) {
        this.maxHours = maxHours;
    }
}
