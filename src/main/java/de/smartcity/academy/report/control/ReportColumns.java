package de.smartcity.academy.report.control;

import de.smartcity.academy.platform.time.ClockProducer;
import de.smartcity.academy.training.entity.TrainingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The columns of the completion export, in order, with their headings in the caller's language;
 * CSV and XLSX both write exactly these. Scores are a column only where they are enabled.
 */
public final class ReportColumns {

    /** @param value a String, LocalDate, Integer or null */
    public record Column(String heading, Function<CompletionRow, Object> value) {}

    private final List<Column> columns = new ArrayList<>();
    private final ResourceBundle messages;

    public ReportColumns(Locale locale, boolean withScores) {
        messages = ResourceBundle.getBundle("messages", locale);
        add("report.col.familyName", CompletionRow::familyName);
        add("report.col.givenName", CompletionRow::givenName);
        add("report.col.email", CompletionRow::email);
        add("report.col.organisation", CompletionRow::organisation);
        add("report.col.course", CompletionRow::courseTitle);
        add("report.col.status", row -> status(row.status()));
        add("report.col.dueOn", CompletionRow::dueOn);
        add("report.col.startedAt", row -> day(row.startedAt()));
        add("report.col.completedAt", row -> day(row.completedAt()));
        add("report.col.validUntil", CompletionRow::validUntil);
        if (withScores) {
            add("report.col.score", CompletionRow::scorePercent);
        }
    }

    public String sheetName() {
        return messages.getString("report.sheet");
    }

    public List<Column> all() {
        return columns;
    }

    public String status(TrainingStatus status) {
        return messages.getString("training.status." + status.name());
    }

    private void add(String key, Function<CompletionRow, Object> value) {
        columns.add(new Column(messages.getString(key), value));
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ClockProducer.ZONE);
    }
}
