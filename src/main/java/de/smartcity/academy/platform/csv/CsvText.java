package de.smartcity.academy.platform.csv;

import org.apache.commons.csv.CSVFormat;

/**
 * How the academy reads uploaded CSV: German Excel writes a BOM and ';', other tools ','. The
 * first line is the header; empty lines are skipped and values trimmed.
 */
public final class CsvText {

    private CsvText() {}

    public static String withoutBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    /** @param text the content without BOM; its header line decides the delimiter */
    public static CSVFormat headerFormat(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return CSVFormat.DEFAULT.builder().setDelimiter(header.contains(";") ? ';' : ',')
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    }
}
