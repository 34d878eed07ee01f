package de.smartcity.academy.report.ui;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.ui.ReauthenticationBacking;
import de.smartcity.academy.report.boundary.CompletionReport;
import de.smartcity.academy.report.boundary.ReportFilter;
import de.smartcity.academy.report.boundary.ReportSubscriptions;
import de.smartcity.academy.report.boundary.ReportsResource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The page behind the monthly report link ({@code hr/report-download.xhtml?token=…}). */
@Named
@ViewScoped
public class ReportDownloadBacking implements Serializable {

    @Inject ReportSubscriptions subscriptions;
    @Inject CompletionReport report;
    @Inject CurrentCaller currentCaller;
    @Inject ReauthenticationBacking reauthentication;

    private String token;
    private ReportFilter filter;

    /** f:viewAction: a link that is expired or not the caller's ends on the 404 page. */
    public void load() {
        if (filter == null) {
            filter = subscriptions.filterOfLink(currentCaller.get(), token);
        }
    }

    public StreamedContent getXlsx() {
        if (!reauthentication.allowsExport()) {
            return null;
        }
        Caller caller = currentCaller.get();
        ReportFilter chosen = filter;
        return DefaultStreamedContent.builder().name("abschlussbericht-" + LocalDate.now() + ".xlsx")
                .contentType(ReportsResource.XLSX)
                .writer(out -> report.export(caller, chosen, CompletionReport.Format.XLSX, out)).build();
    }

    public String getFilters() {
        return filter == null ? "" : filter.toQuery();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
