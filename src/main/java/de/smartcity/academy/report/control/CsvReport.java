package de.smartcity.academy.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes report rows as CSV the way German Excel opens it directly: UTF-8 with BOM, ';' between
 * fields, dates as dd.MM.yyyy. Values that a spreadsheet would run as a formula are defused.
 */
public final class CsvReport implements AutoCloseable {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReportColumns columns;
    private final CSVPrinter printer;

    public CsvReport(OutputStream out, ReportColumns columns) throws IOException {
        this.columns = columns;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
        printer.printRecord(columns.all().stream().map(ReportColumns.Column::heading).toList());
    }

    public void write(CompletionRow row) {
        try {
            printer.printRecord(columns.all().stream().map(column -> text(column.value().apply(row))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return GERMAN_DATE.format(date);
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
