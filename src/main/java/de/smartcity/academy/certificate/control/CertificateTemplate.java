package de.smartcity.academy.certificate.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificate template of {@code certificates/}: template.html, certificate.css,
 * settings.properties, the logo and the fonts, read once. Fills a template per certificate; every
 * value is XML-escaped, so user data stays text.
 */
final class CertificateTemplate {

  static final Set<String> LANGUAGES = Set.of("de", "en");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9.]*)}");
  private static final Pattern OPTIONAL_BLOCK =
      Pattern.compile("(?s)<!--if ([A-Za-z]+)-->(.*?)<!--end \\1-->");
  private static final Set<String> PRINT_VALUES =
      Set.of("lang", "publicId", "holderName", "kindLabel", "achievementTitle",
          "achievementDescription", "issuedOn", "expiresOn", "cohortTitle", "contentVersion",
          "verifyUrl", "verifyUrlShort", "qr");

  record FontFile(String family, int weight, FontStyle style, byte[] data) {}

  private final String template;
  private final Map<String, Map<String, String>> settingsByLanguage = new HashMap<>();
  private final Map<String, DateTimeFormatter> dateFormats = new HashMap<>();
  private final List<FontFile> fonts = new ArrayList<>();

  CertificateTemplate(Path dir) {
    try {
      template = Files.readString(dir.resolve("template.html"), StandardCharsets.UTF_8);
      Properties settings = new Properties();
      try (Reader reader = Files.newBufferedReader(dir.resolve("settings.properties"))) {
        settings.load(reader);
      }
      String css = Files.readString(dir.resolve("certificate.css"), StandardCharsets.UTF_8);
      String logo = dataUri(dir.resolve(required(settings, "logo.file")));
      for (String language : LANGUAGES) {
        Map<String, String> values = resolve(settings, language);
        values.put("css", css);
        values.put("logo", logo);
        settingsByLanguage.put(language, values);
        dateFormats.put(language, DateTimeFormatter.ofPattern(
            required(settings, "date.pattern." + language), Locale.forLanguageTag(language)));
        checkPlaceholders(language, values);
      }
      loadFonts(dir.resolve("fonts"), settings);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the certificate template in " + dir, e);
    }
  }

  List<FontFile> fonts() {
    return fonts;
  }

  /** A setting in the given language, e.g. {@code label.attachment}; unescaped. */
  String setting(String language, String key) {
    return settingsByLanguage.get(language).get(key);
  }

  /** The filled XHTML for one certificate. */
  String html(CertificatePrint print) {
    Map<String, String> values = new HashMap<>(settingsByLanguage.get(print.language()));
    values.putAll(printValues(print));
    String withBlocks = OPTIONAL_BLOCK.matcher(template).replaceAll(block -> {
      String value = values.get(block.group(1));
      return value == null || value.isBlank() ? "" : Matcher.quoteReplacement(block.group(2));
    });
    return PLACEHOLDER.matcher(withBlocks).replaceAll(placeholder ->
        Matcher.quoteReplacement(escape(values.getOrDefault(placeholder.group(1), ""))));
  }

  private Map<String, String> printValues(CertificatePrint print) {
    DateTimeFormatter dates = dateFormats.get(print.language());
    Map<String, String> values = new HashMap<>();
    values.put("lang", print.language());
    values.put("publicId", print.publicId());
    values.put("holderName", print.holderName());
    values.put("kindLabel", print.kindLabel());
    values.put("achievementTitle", print.achievementTitle());
    values.put("achievementDescription", print.achievementDescription());
    values.put("issuedOn", dates.format(print.issuedOn()));
    values.put("expiresOn", format(dates, print.expiresOn()));
    values.put("cohortTitle", print.cohortTitle());
    values.put("contentVersion", print.contentVersion());
    values.put("verifyUrl", print.verifyUrl());
    values.put("verifyUrlShort", shortUrl(print.verifyUrl()));
    values.put("qr", QrCodeImage.pngDataUri(print.verifyUrl()));
    return values;
  }

  static String shortUrl(String url) {
    return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
  }

  /** XML text and attribute escaping; drops characters XML 1.0 cannot carry at all. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    value.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (isXmlChar(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == '\t' || c == '\n' || c == '\r'
        || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
  }

  private static String format(DateTimeFormatter dates, LocalDate date) {
    return date == null ? null : dates.format(date);
  }

  /** Keys ending in ".de"/".en" apply to that language under the key without the suffix. */
  private static Map<String, String> resolve(Properties settings, String language) {
    Map<String, String> values = new HashMap<>();
    for (String key : settings.stringPropertyNames()) {
      String suffix = key.substring(key.lastIndexOf('.') + 1);
      if (!LANGUAGES.contains(suffix)) {
        values.putIfAbsent(key, settings.getProperty(key));
      } else if (suffix.equals(language)) {
        values.put(key.substring(0, key.length() - 3), settings.getProperty(key));
      }
    }
    return values;
  }

  private void checkPlaceholders(String language, Map<String, String> values) {
    Set<String> unknown = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!PRINT_VALUES.contains(name) && !values.containsKey(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "template.html uses placeholders without a value for language " + language + ": " + unknown);
    }
  }

  private void loadFonts(Path fontDir, Properties settings) throws IOException {
    for (String key : new TreeSet<>(settings.stringPropertyNames())) {
      if (key.startsWith("font.")) {
        String[] parts = settings.getProperty(key).split("\\|");
        if (parts.length != 3) {
          throw new IllegalStateException(key + " must be family|weight|style");
        }
        byte[] data = Files.readAllBytes(fontDir.resolve(key.substring("font.".length())));
        fonts.add(new FontFile(parts[0].trim(), Integer.parseInt(parts[1].trim()),
            FontStyle.valueOf(parts[2].trim().toUpperCase(Locale.ROOT)), data));
      }
    }
    if (fonts.isEmpty()) {
      throw new IllegalStateException("settings.properties names no font: PDF/A needs embedded fonts");
    }
  }

  private static String required(Properties settings, String key) {
    String value = settings.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("settings.properties lacks " + key);
    }
    return value.trim();
  }

  private static String dataUri(Path image) throws IOException {
    String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
    String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(image));
  }
}
