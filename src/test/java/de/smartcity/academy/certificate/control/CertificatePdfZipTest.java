package de.smartcity.academy.certificate.control;

import static de.smartcity.academy.certificate.control.CertificatePrintBuilder.aCertificatePrint;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatePdfZipTest {

  private static final int COHORT_SIZE = 200;

  private final CertificatePdf certificates = new CertificatePdf(Path.of("certificates"));

  @Test
  void streamsTwoHundredCertificatesOfOneCohortIntoAZip(@TempDir Path dir) throws Exception {
    Path zipFile = dir.resolve("cohort.zip");
    List<Long> bytesWrittenWhenSupplied = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    try (CountingStream out = new CountingStream(new BufferedOutputStream(Files.newOutputStream(zipFile)))) {
      List<Supplier<CertificatePdf.Entry>> entries = IntStream.rangeClosed(1, COHORT_SIZE)
          .mapToObj(n -> (Supplier<CertificatePdf.Entry>) () -> {
            bytesWrittenWhenSupplied.add(out.count);
            return entry(n);
          })
          .toList();
      certificates.renderZip(entries, out);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Rendered and zipped %d certificates in %d ms (%d ms each), ZIP %d KiB%n",
        COHORT_SIZE, millis, millis / COHORT_SIZE, Files.size(zipFile) / 1024);

    // each supplier is asked only after the previous PDF went out: never all PDFs in memory
    assertThat(bytesWrittenWhenSupplied).hasSize(COHORT_SIZE).isSorted().doesNotHaveDuplicates();
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      assertThat(zip.size()).isEqualTo(COHORT_SIZE);
      Set<String> names = new HashSet<>();
      for (int n = 1; n <= COHORT_SIZE; n++) {
        ZipEntry entry = zip.getEntry(n == 2 ? "Teilnehmende 1-2.pdf" : "Teilnehmende " + n + ".pdf");
        assertThat(entry).as("entry %d", n).isNotNull();
        names.add(entry.getName());
        byte[] pdf = zip.getInputStream(entry).readAllBytes();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        if (n == 1 || n == COHORT_SIZE) {
          try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Person Nummer " + n);
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                .containsKey("credential.json");
          }
        }
      }
      assertThat(names).hasSize(COHORT_SIZE);
    }
  }

  @Test
  void rendersOneCertificateAndReportsTheTime() {
    certificates.render(aCertificatePrint().build(), "{}");
    long started = System.nanoTime();
    byte[] pdf = certificates.render(aCertificatePrint().build(), "{}");
    System.out.printf("One certificate (warm): %d ms, %d KiB%n",
        (System.nanoTime() - started) / 1_000_000, pdf.length / 1024);
    assertThat(pdf).isNotEmpty();
  }

  @Test
  void makesZipNamesSafeAndUnique() {
    Set<String> used = new HashSet<>();
    assertThat(CertificatePdf.uniqueName("../../etc/passwd", used)).isEqualTo("_.._etc_passwd.pdf");
    assertThat(CertificatePdf.uniqueName("Köhler.pdf", used)).isEqualTo("Köhler.pdf");
    assertThat(CertificatePdf.uniqueName("köhler.PDF", used)).isEqualTo("köhler-2.pdf");
    assertThat(CertificatePdf.uniqueName(null, used)).isEqualTo("certificate.pdf");
  }

  /** Entry 2 repeats the file name of entry 1, as two people of the same name would. */
  private static CertificatePdf.Entry entry(int n) {
    String id = "C-" + n;
    CertificatePrint print = aCertificatePrint().withPublicId(id).forHolder("Person Nummer " + n).build();
    String fileName = "Teilnehmende " + (n == 2 ? 1 : n) + ".pdf";
    return new CertificatePdf.Entry(fileName, print, "{\"id\":\"urn:uuid:" + id + "\"}");
  }

  private static final class CountingStream extends FilterOutputStream {
    volatile long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      count += length;
    }
  }
}
