package de.smartcity.academy.report.ui;

import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseSummary;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.identity.ui.ReauthenticationBacking;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.platform.web.PagedModel;
import de.smartcity.academy.report.boundary.CompletionPage;
import de.smartcity.academy.report.boundary.CompletionReport;
import de.smartcity.academy.report.boundary.ReportFilter;
import de.smartcity.academy.report.boundary.ReportSettings;
import de.smartcity.academy.report.boundary.ReportSubscriptions;
import de.smartcity.academy.report.boundary.ReportsResource;
import de.smartcity.academy.report.control.CompletionRow;
import de.smartcity.academy.training.entity.TrainingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The completion report ({@code hr/reports.xhtml}; with {@code ?topic=ki} the AI-literacy
 * evidence): filters, counts per status, one page of rows at a time, CSV/XLSX download and a
 * monthly subscription with the same filters.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final int CHOICES = 200;

    @Inject CompletionReport report;
    @Inject ReportSettings settings;
    @Inject ReportSubscriptions subscriptions;
    @Inject Organisations organisations;
    @Inject Catalogue catalogue;
    @Inject Cohorts cohorts;
    @Inject CurrentCaller currentCaller;
    @Inject ReauthenticationBacking reauthentication;

    private Long organisationId;
    private String course;
    private String program;
    private String topic;
    private Long cohortId;
    private String status;
    private LocalDate from;
    private LocalDate to;

    private List<OrganisationView> organisationChoices;
    private List<CourseSummary> courseChoices;
    private List<CohortView> cohortChoices;
    private Map<String, String> programChoices;
    private Map<TrainingStatus, Long> byStatus = new EnumMap<>(TrainingStatus.class);
    private long total;
    private boolean scoresShown;
    private long exportRows;
    private PagedModel<CompletionRow> model;

    @PostConstruct
    void init() {
        Caller caller = currentCaller.get();
        organisationChoices = organisations.find(caller, "", CHOICES);
        courseChoices = catalogue.search(new Catalogue.Filter(null, null, null, null), 0, CHOICES).items();
        cohortChoices = cohorts.list(caller, 0, CHOICES).items();
        programChoices = catalogue.programTitles();
        model = new PagedModel<>(this::load);
    }

    /** f:viewAction and "Anzeigen": the filters apply from the first page on. */
    public void apply() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("filters:table");
        if (table != null) {
            table.setFirst(0);
        }
        model.restart();
    }

    private Page<CompletionRow> load(int page, int size) {
        try {
            CompletionPage result = report.page(currentCaller.get(), filter(), page, size, "page");
            byStatus = result.byStatus();
            total = result.total();
            scoresShown = result.scoresShown();
            return new Page<>(result.items(), page, size, result.total());
        } catch (AcademyException rejected) {
            FormErrors.show("filters", rejected);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    public ReportFilter filter() {
        return new ReportFilter(organisationId, blankToNull(course), blankToNull(program), blankToNull(topic), cohortId,
                blankToNull(status), from == null ? null : from.toString(), to == null ? null : to.toString());
    }

    /** Counts the rows first, so the page can say how big the file will be. */
    public void prepareExport() {
        exportRows = report.count(currentCaller.get(), filter());
    }

    public StreamedContent getXlsx() {
        return download(CompletionReport.Format.XLSX, ReportsResource.XLSX, "xlsx");
    }

    public StreamedContent getCsv() {
        return download(CompletionReport.Format.CSV, "text/csv; charset=UTF-8", "csv");
    }

    private StreamedContent download(CompletionReport.Format format, String type, String extension) {
        if (!reauthentication.allowsExport()) {
            return null;
        }
        Caller caller = currentCaller.get();
        ReportFilter filter = filter();
        report.check(caller, filter);
        return DefaultStreamedContent.builder().name("abschlussbericht-" + LocalDate.now() + "." + extension)
                .contentType(type).writer(out -> report.export(caller, filter, format, out)).build();
    }

    public void subscribe() {
        try {
            subscriptions.subscribe(currentCaller.get(), filter());
            Messages.info("report.subscribed");
        } catch (AcademyException rejected) {
            FormErrors.show("filters", rejected);
        }
    }

    public void toggleScores() {
        Caller caller = currentCaller.get();
        long unit = organisationId != null ? organisationId : caller.scopeId();
        settings.showScores(caller, unit, !scoresShown);
        Messages.info(scoresShown ? "report.scores.off" : "report.scores.on");
    }

    public String getTotalsText() {
        return Messages.text("report.total", total, getCompletionRate());
    }

    public int getCompletionRate() {
        long completed = byStatus.getOrDefault(TrainingStatus.COMPLETED, 0L);
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return all == 0 ? 0 : (int) Math.round(completed * 100.0 / all);
    }

    public long count(String statusName) {
        return byStatus.getOrDefault(TrainingStatus.valueOf(statusName), 0L);
    }

    public TrainingStatus[] getStatuses() {
        return TrainingStatus.values();
    }

    public boolean isAiLiteracy() {
        return "ki".equals(topic);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public PagedModel<CompletionRow> getModel() {
        return model;
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<CourseSummary> getCourseChoices() {
        return courseChoices;
    }

    public Map<String, String> getProgramChoices() {
        return programChoices;
    }

    public List<CohortView> getCohortChoices() {
        return cohortChoices;
    }

    public long getTotal() {
        return total;
    }

    public boolean isScoresShown() {
        return scoresShown;
    }

    public long getExportRows() {
        return exportRows;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
