package de.smartcity.academy.certificate.control;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders certificates from the template in {@code certificates/} to PDF/A-3a with PDF/UA-1
 * tagging: openhtmltopdf lays out the XHTML, PDFBox then embeds the signed credential as the
 * associated file {@code credential.json}. Immutable after construction and safe to share between
 * threads; each rendering builds its own document.
 */
public final class CertificatePdf {

  private static final String PRODUCER = "Smart City Manager Academy (openhtmltopdf, PDFBox)";

  static {
    // openhtmltopdf logs about eight INFO lines per document: a cohort ZIP would flood the server log
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private final Path certificatesDir;
  private final CertificateTemplate template;
  /** PDF/A needs an output intent; the JDK's sRGB profile matches the colours the CSS uses. */
  private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** One entry of a bulk ZIP; supplied lazily so that only one certificate is in memory at a time. */
  public record Entry(String fileName, CertificatePrint print, String credentialJson) {}

  /** Reads template, stylesheet, settings, logo and fonts from {@code certificatesDir}, once. */
  public CertificatePdf(Path certificatesDir) {
    this.certificatesDir = Objects.requireNonNull(certificatesDir, "certificatesDir");
    this.template = new CertificateTemplate(certificatesDir);
  }

  /** The certificate as PDF/A-3a + PDF/UA-1, with {@code credentialJson} embedded. */
  public byte[] render(CertificatePrint print, String credentialJson) {
    Objects.requireNonNull(credentialJson, "credentialJson");
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (PdfBoxRenderer renderer = builder(template.html(print)).buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument document = renderer.createPDFKeepOpen()) {
        document.getDocumentCatalog().setLanguage(print.language());
        CredentialAttachment.embed(document, credentialJson,
            template.setting(print.language(), "label.attachment"), print.issuedOn());
        document.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render certificate " + print.publicId(), e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a ZIP of certificates to {@code out}, rendering one PDF at a time, so memory does not
   * grow with the number of entries. File names are made safe and unique. {@code out} stays open.
   */
  public void renderZip(List<Supplier<Entry>> entries, OutputStream out) {
    Set<String> used = new HashSet<>();
    try {
      ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      });
      for (Supplier<Entry> supplier : entries) {
        Entry entry = supplier.get();
        byte[] pdf = render(entry.print(), entry.credentialJson());
        zip.putNextEntry(new ZipEntry(uniqueName(entry.fileName(), used)));
        zip.write(pdf);
        zip.closeEntry();
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the certificate ZIP", e);
    }
  }

  private PdfRendererBuilder builder(String html) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
    builder.usePdfUaAccessibility(true);
    builder.useColorProfile(colorProfile);
    builder.withProducer(PRODUCER);
    for (CertificateTemplate.FontFile font : template.fonts()) {
      FSSupplier<InputStream> data = () -> new ByteArrayInputStream(font.data());
      builder.useFont(data, font.family(), font.weight(), font.style(), true);
    }
    builder.withHtmlContent(html, certificatesDir.toUri().toString());
    return builder;
  }

  /** No directories, no path tricks, no duplicates: a ZIP that unpacks safely anywhere. */
  static String uniqueName(String fileName, Set<String> used) {
    String safe = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    safe = safe.replaceAll("^[.\\s]+", "").strip();
    if (safe.isEmpty()) {
      safe = "certificate.pdf";
    }
    if (!safe.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      safe = safe + ".pdf";
    }
    String base = safe.substring(0, safe.length() - 4);
    String candidate = safe;
    for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      candidate = base + "-" + n + ".pdf";
    }
    return candidate;
  }
}
