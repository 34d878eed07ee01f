package de.smartcity.academy.platform.csv;

import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.text.PlainText;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * How the academy reads uploaded CSV: German Excel writes a BOM and ';', other tools ','. The
 * first line is the header; empty lines are skipped and values trimmed.
 */
public final class CsvText {

    private CsvText() {}

    /** The content without BOM; refused as a whole if it is not plain text (NUL, bidi overrides, ...). */
    public static String withoutBom(String content) {
        if (!PlainText.isClean(content)) {
            throw new InvalidInput(PlainText.PROBLEM, List.of());
        }
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
