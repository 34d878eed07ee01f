package de.smartcity.academy.certificate.control;

import static de.smartcity.academy.certificate.control.CertificatePrintBuilder.aCertificatePrint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CertificatePdfTest {

  private static final String CREDENTIAL =
      "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
          + "\"credentialSubject\":{\"name\":\"Jürgen Köhler\"},\"proof\":{\"proofValue\":\"z3FXQ\"}}";

  private final CertificatePdf certificates = new CertificatePdf(Path.of("certificates"));

  @Test
  void rendersOneGermanPageWithHolderLabelsAndShortVerifyUrl() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Jürgen Köhler", "Leistungsnachweis", "Datenstrategie für Kommunen")
          .contains("Ausgestellt am: 12. März 2025", "Gültig bis: 12. März 2028")
          .contains("Durchgang: Frühjahr 2025", "a1b2c3d", "Dr. Anna Beispiel")
          .contains("academy.example.de/v/7QX-4K2M");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
      assertThat(document.getDocumentInformation().getTitle()).contains("Jürgen Köhler");
    }
  }

  @Test
  void qrCodeOnThePageDecodesToTheVerifyUrl() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      assertThat(decodeQr(page)).isEqualTo("https://academy.example.de/v/7QX-4K2M");
    }
  }

  @Test
  void embedsTheCredentialAsAssociatedSourceFile() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      PDComplexFileSpecification spec =
          catalog.getNames().getEmbeddedFiles().getNames().get("credential.json");
      assertThat(spec.getFileUnicode()).isEqualTo("credential.json");
      assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
      PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
      assertThat(file.getSubtype()).isEqualTo("application/json");
      assertThat(new String(file.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(CREDENTIAL);
      COSArray associated = (COSArray) catalog.getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
      assertThat(associated.size()).isEqualTo(1);
      assertThat(dereference(associated.get(0))).isSameAs(spec.getCOSObject());
    }
  }

  @Test
  void passesPdfA3aValidation() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().build(), CREDENTIAL);

    assertThat(PdfAValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void passesPdfUa1Validation() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().build(), CREDENTIAL);

    assertThat(PdfAValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void englishVariantUsesEnglishLabelsAndStillValidates() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().inEnglish().build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Certificate of Achievement", "awarded to", "Issued on: 12 March 2025")
          .contains("Valid until: 12 March 2028", "Cohort: Spring 2025", "Verify authenticity")
          .doesNotContain("Ausgestellt", "Gültig", "Durchgang");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
    assertThat(PdfAValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void holderNameWithMarkupIsPrintedAsText() throws Exception {
    String hostile = "<script>alert(1)</script> & \"O'Neil\"";
    byte[] pdf = certificates.render(aCertificatePrint().forHolder(hostile).build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains(hostile);
    }
  }

  @Test
  void placeholdersInsideValuesAreNotExpanded() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().forHolder("${signatory.name}").build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("${signatory.name}");
    }
  }

  @Test
  void validatorRejectsAPlainPdf() throws Exception {
    // guards the validation tests above against passing vacuously
    var out = new java.io.ByteArrayOutputStream();
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      plain.save(out);
    }
    assertThat(PdfAValidation.failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
    assertThat(PdfAValidation.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
  }

  @Test
  void leavesOutOptionalLinesWithoutValues() throws Exception {
    byte[] pdf = certificates.render(aCertificatePrint().withoutOptionalFields().build(), CREDENTIAL);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Ausgestellt am")
          .doesNotContain("Gültig bis", "Durchgang", "Inhaltsstand");
    }
  }

  @Test
  void rejectsLanguagesWithoutLabels() {
    assertThatThrownBy(() -> new CertificatePrint("id", "fr", "A", "K", "T", "D",
            java.time.LocalDate.of(2025, 1, 1), null, null, null, "https://x.example/v/id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Object dereference(COSBase base) {
    return base instanceof COSObject object ? object.getObject() : base;
  }

  static String decodeQr(BufferedImage image) throws Exception {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    return result.getText();
  }
}
