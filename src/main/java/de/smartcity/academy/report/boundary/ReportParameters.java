package de.smartcity.academy.report.boundary;

import jakarta.ws.rs.QueryParam;

/** The report filters as REST query parameters (same names as in {@link ReportFilter#toQuery()}). */
public class ReportParameters {

    @QueryParam("organisation") Long organisation;
    @QueryParam("course") String course;
    @QueryParam("program") String program;
    @QueryParam("topic") String topic;
    @QueryParam("cohort") Long cohort;
    @QueryParam("status") String status;
    @QueryParam("from") String from;
    @QueryParam("to") String to;

    ReportFilter filter() {
        return new ReportFilter(organisation, course, program, topic, cohort, status, from, to);
    }
}
