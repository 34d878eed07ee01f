package de.smartcity.academy.report.boundary;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of a report as the user gave them (REST query parameters, form fields), checked and
 * resolved by {@link CompletionReport}. All optional: without an organisation the caller's whole
 * scope is reported.
 *
 * @param course course id (slug), @param program program id (slug), @param topic course topic (e.g. {@code ki})
 * @param status a {@code TrainingStatus} name; @param from / @param to ISO dates (yyyy-MM-dd)
 */
public record ReportFilter(Long organisationId, String course, String program, String topic, Long cohortId,
                           String status, String from, String to) implements java.io.Serializable {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null, null);

    /** The filters as a query string, for the audit log and stored subscriptions. */
    public String toQuery() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organisation", organisationId);
        values.put("course", course);
        values.put("program", program);
        values.put("topic", topic);
        values.put("cohort", cohortId);
        values.put("status", status);
        values.put("from", from);
        values.put("to", to);
        return values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads {@link #toQuery()} back; unknown keys are ignored, numbers that are not numbers fail. */
    public static ReportFilter fromQuery(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new ReportFilter(number(values.get("organisation")), values.get("course"), values.get("program"),
                values.get("topic"), number(values.get("cohort")), values.get("status"), values.get("from"),
                values.get("to"));
    }

    public ReportFilter withOrganisation(Long id) {
        return new ReportFilter(id, course, program, topic, cohortId, status, from, to);
    }

    public ReportFilter withStatus(String newStatus) {
        return new ReportFilter(organisationId, course, program, topic, cohortId, newStatus, from, to);
    }

    private static Long number(String value) {
        return value == null ? null : Long.valueOf(value);
    }
}
