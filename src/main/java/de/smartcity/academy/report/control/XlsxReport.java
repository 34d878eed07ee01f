package de.smartcity.academy.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes report rows as an XLSX workbook while they are read: rows are flushed to the stream every
 * {@value #FLUSH_EVERY} rows, so memory stays flat however long the report is.
 */
public final class XlsxReport implements AutoCloseable {

    private static final int FLUSH_EVERY = 1000;
    private static final String DATE_FORMAT = "dd.mm.yyyy";

    private final List<ReportColumns.Column> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxReport(OutputStream out, ReportColumns columns, String sheetName) {
        this.columns = columns.all();
        workbook = new Workbook(out, "Smart City Manager Academy", "1.0");
        sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < this.columns.size(); column++) {
            sheet.value(0, column, this.columns.get(column).heading());
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    public void write(CompletionRow completion) {
        for (int column = 0; column < columns.size(); column++) {
            Object value = columns.get(column).value().apply(completion);
            if (value instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE_FORMAT).set();
            } else if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value != null) {
                sheet.value(row, column, value.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            flush();
        }
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
