package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.Reauthentication;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/reports}: HR's reports for HR systems and scripts (HR for its subtree, admins).
 * {@code completion?format=json} is paged; {@code csv} and {@code xlsx} stream every row.
 */
@Path("reports")
@RequestScoped
@RolesAllowed({"HR", "ADMIN"})
public class ReportsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject CompletionReport completion;
    @Inject UnitSummaries summaries;
    @Inject ExpiringCertificates expiring;
    @Inject TrainingRecords records;
    @Inject ReportSettings settings;
    @Inject ReportAuditLog auditLog;
    @Inject CurrentCaller currentCaller;
    @Inject Clock clock;
    @Inject Reauthentication reauthentication;

    @GET
    @Path("completion")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    public Response completion(@BeanParam ReportParameters parameters, @QueryParam("format") @DefaultValue("json") String format,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Caller caller = currentCaller.get();
        ReportFilter filter = parameters.filter();
        return switch (format.toLowerCase()) {
            case "json" -> Response.ok(completion.page(caller, filter, Page.number(page), Page.size(size), "json"),
                    MediaType.APPLICATION_JSON).build();
            case "csv" -> download(caller, filter, CompletionReport.Format.CSV, "text/csv; charset=UTF-8", "csv");
            case "xlsx" -> download(caller, filter, CompletionReport.Format.XLSX, XLSX, "xlsx");
            default -> throw new InvalidInput("Unbekanntes Format. / Unknown format.",
                    List.of(new InvalidInput.Violation("format", "Erlaubt: json, csv, xlsx.")));
        };
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public UnitSummaries.Summary summary(@BeanParam ReportParameters parameters) {
        return summaries.summary(currentCaller.get(), parameters.filter(), "json");
    }

    @GET
    @Path("expiring")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ExpiringCertificate> expiring(@QueryParam("organisation") Long organisation,
                                              @QueryParam("days") @DefaultValue("90") int days,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return expiring.within(currentCaller.get(), organisation, days, Page.number(page), Page.size(size), "json");
    }

    @GET
    @Path("people/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingRecord record(@PathParam("id") long personId) {
        return records.of(currentCaller.get(), personId);
    }

    @PUT
    @Path("settings/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public void showScores(@PathParam("organisationId") long organisationId, ScoresSetting setting) {
        if (setting == null || setting.showScores() == null) {
            throw new InvalidInput("showScores fehlt. / showScores is missing.",
                    List.of(new InvalidInput.Violation("showScores", "true oder false")));
        }
        settings.showScores(currentCaller.get(), organisationId, setting.showScores());
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Page<AuditEntry> audit(@QueryParam("actor") String actor, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return auditLog.page(currentCaller.get(), actor, Page.number(page), Page.size(size));
    }

    /** Files of personal data: only with a password confirmed recently or sent with the request. */
    private Response download(Caller caller, ReportFilter filter, CompletionReport.Format format, String type,
                              String extension) {
        reauthentication.require();
        completion.check(caller, filter);
        StreamingOutput body = out -> completion.export(caller, filter, format, out);
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"abschlussbericht-" + LocalDate.now(clock) + "." + extension + "\"").build();
    }
}
