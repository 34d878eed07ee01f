package de.smartcity.academy.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the signed credential as a PDF/A-3 associated file: listed in the catalog's /AF array
 * with /AFRelationship /Source (the credential is the original the printed certificate renders),
 * MIME subtype application/json, and /F + /UF names as PDF/UA requires.
 */
final class CredentialAttachment {

  static final String FILE_NAME = "credential.json";

  private CredentialAttachment() {}

  static void embed(PDDocument document, String credentialJson, String description, LocalDate issuedOn)
      throws IOException {
    byte[] bytes = credentialJson.getBytes(StandardCharsets.UTF_8);
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
    file.setSubtype("application/json");
    file.setSize(bytes.length);
    // the issue date, not "now": the same certificate renders to the same attachment
    Calendar date = startOf(issuedOn);
    file.setCreationDate(date);
    file.setModDate(date);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(FILE_NAME);
    spec.setFileUnicode(FILE_NAME);
    spec.setFileDescription(description);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(FILE_NAME, spec));
    PDDocumentNameDictionary names = catalog.getNames();
    if (names == null) {
      names = new PDDocumentNameDictionary(catalog);
    }
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray associatedFiles = new COSArray();
    associatedFiles.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associatedFiles);
  }

  private static Calendar startOf(LocalDate day) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    return calendar;
  }
}
