package de.smartcity.academy.privacy.control;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.smartcity.academy.privacy.boundary.DataExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The copy of a person's data as a PDF a person can read: headings per kind of record, each record
 * as label–value pairs, tagged for screen readers (PDF/UA) with the certificate fonts. Long values
 * (quiz layouts, credentials) are shortened here; the JSON copy has them in full.
 */
public final class DataExportPdf {

    private static final int LONGEST_VALUE = 400;

    private final Path fontsDir;

    public DataExportPdf(Path certificatesDir) {
        this.fontsDir = certificatesDir.resolve("fonts");
    }

    public byte[] render(DataExport export, String language) {
        ResourceBundle text = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Smart City Manager Academy (openhtmltopdf, PDFBox)");
        Path font = fontsDir.resolve("DejaVuSans.ttf");
        if (Files.exists(font)) {
            builder.useFont(font.toFile(), "DejaVu Sans");
        }
        builder.withHtmlContent(html(export, language, text), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the data export", e);
        }
        return out.toByteArray();
    }

    static String html(DataExport export, String language, ResourceBundle text) {
        StringBuilder html = new StringBuilder("<html lang=\"").append(language).append("\"><head><title>")
                .append(escape(text.getString("privacy.pdf.title"))).append("</title><meta name=\"subject\" content=\"")
                .append(escape(text.getString("privacy.pdf.title"))).append("\"/><style>")
                .append("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;}h1{font-size:16pt;}h2{font-size:13pt;margin-top:14pt;}")
                .append("dl{margin:0 0 8pt 0;border-top:1px solid #999;padding-top:4pt;}dt{font-weight:bold;}dd{margin:0 0 2pt 12pt;word-wrap:break-word;}")
                .append("</style></head><body><h1>").append(escape(text.getString("privacy.pdf.title"))).append("</h1><p>")
                .append(escape(text.getString("privacy.pdf.intro").formatted(export.generatedAt()))).append("</p><h2>")
                .append(escape(text.getString("privacy.pdf.profile"))).append("</h2>");
        record(html, export.profile());
        for (Map.Entry<String, List<Map<String, Object>>> table : export.records().entrySet()) {
            html.append("<h2>").append(escape(tableTitle(text, table.getKey()))).append(" (")
                    .append(table.getValue().size()).append(")</h2>");
            if (table.getValue().isEmpty()) {
                html.append("<p>").append(escape(text.getString("privacy.pdf.none"))).append("</p>");
            }
            table.getValue().forEach(row -> record(html, row));
        }
        return html.append("</body></html>").toString();
    }

    private static void record(StringBuilder html, Map<String, Object> row) {
        html.append("<dl>");
        row.forEach((column, value) -> html.append("<dt>").append(escape(column)).append("</dt><dd>")
                .append(escape(shortened(value))).append("</dd>"));
        html.append("</dl>");
    }

    private static String tableTitle(ResourceBundle text, String table) {
        try {
            return text.getString("privacy.table." + table);
        } catch (MissingResourceException e) {
            return table;
        }
    }

    private static String shortened(Object value) {
        String shown = value == null ? "–" : String.valueOf(value);
        return shown.length() > LONGEST_VALUE ? shown.substring(0, LONGEST_VALUE) + " …" : shown;
    }

    /** XML-safe text: markup escaped, and characters XML cannot carry (NUL, lone surrogates) dropped. */
    static String escape(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                case '"' -> safe.append("&quot;");
                default -> {
                    boolean xmlChar = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (xmlChar) {
                        safe.appendCodePoint(c);
                    }
                }
            }
        });
        return safe.toString();
    }
}
