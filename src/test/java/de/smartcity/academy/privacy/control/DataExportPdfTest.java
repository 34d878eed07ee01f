package de.smartcity.academy.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.privacy.boundary.DataExport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DataExportPdfTest {

    @Test
    void markupIsEscapedAndCharactersXmlCannotCarryAreDropped() {
        assertThat(DataExportPdf.escape("<script>alert(\"x\")</script> & Co")).isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
        assertThat(DataExportPdf.escape("a\u0000b\uD800c")).isEqualTo("abc");
        assertThat(DataExportPdf.escape("Grüße 😀 \u202Eabc")).isEqualTo("Grüße 😀 \u202Eabc");
    }

    /** Screen readers need the tags, the language and a title; PDF/UA also wants a subject ("description"). */
    @Test
    void thePdfIsTaggedWithLanguageTitleAndSubject() throws Exception {
        DataExport export = new DataExport("2026-11-23T10:00:00Z",
                Map.of("name", "Erika Mustermann", "organisation", "Stadt Musterstadt"),
                Map.of("certificate", List.of(Map.of("achievement", "Informationssicherheit für Beschäftigte"))), Map.of());
        byte[] pdf = new DataExportPdf(Path.of("certificates")).render(export, "de");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(document.getDocumentInformation().getSubject()).isNotBlank();
        }
    }
}
