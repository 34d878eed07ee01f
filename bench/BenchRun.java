import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures the running academy on the benchmark data set and prints one Markdown table (also
 * written to the results file). Sequential figures are medians over several requests after a
 * warm-up; load figures come from wrk on 127.0.0.1 (a second process). Every figure is also given
 * as a ratio to the same server's trivial endpoint, so runs on different machines compare.
 *
 * <pre>java bench/BenchRun.java BASE_URL DATASET_PROPERTIES RESULTS_FILE</pre>
 */
public class BenchRun {

    static final String PASSWORD = "academy-demo";
    static final Duration TIMEOUT = Duration.ofSeconds(300);

    final String base;
    final Properties dataset = new Properties();
    // HTTP/1.1 like wrk and curl (the default h2c upgrade attempt broke long responses on Payara)
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final List<String[]> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Path workDir;
    double trivialMedianMs = Double.NaN;
    double trivialRps = Double.NaN;

    BenchRun(String base, Path datasetFile, Path workDir) throws IOException {
        this.base = base;
        this.workDir = workDir;
        try (InputStream in = Files.newInputStream(datasetFile)) {
            dataset.load(in);
        }
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[2]);
        BenchRun run = new BenchRun(args[0], Path.of(args[1]), Files.createDirectories(Path.of("bench/target")));
        String loadBefore = loadAverage();
        run.measureAll();
        String table = run.table(loadBefore, loadAverage());
        System.out.println(table);
        Files.createDirectories(results.getParent());
        Files.writeString(results, table);
    }

    void measureAll() throws Exception {
        String hrDistrict = dataset.getProperty("district.hr.id");
        String exportDistrict = dataset.getProperty("district.export.id");
        String land = dataset.getProperty("land.id");

        warmUp();
        Series trivial = sequential("GET /health/ready", 30, () -> get("/health/ready", null));
        trivialMedianMs = trivial.median();
        row("Trivial endpoint `GET /health/ready`, sequential", trivial, trivial.detail(""));
        Wrk trivialLoad = wrk("/health/ready", null, 10);
        trivialRps = trivialLoad.rps;
        rowLoad("Trivial endpoint under load (wrk, 16 conn., 10 s)", trivialLoad);

        Series me = sequential("GET /api/me", 9, () -> get("/api/me", "bench-hr"));
        row("HTTP Basic overhead: `GET /api/me` as bench-hr (one PBKDF2 check unless cached)", me, me.detail(""));

        Series report = sequential("completion report", 9, () -> get("/api/reports/completion?organisation="
                + hrDistrict + "&format=json&page=0&size=50", "bench-hr"));
        row("Completion report, district of " + number("district.hr.people") + " people, page of 50 (JSON, bench-hr)",
                report, report.detail("total"));

        Series summary = sequential("summary district", 5,
                () -> get("/api/reports/summary?organisation=" + hrDistrict, "bench-hr"));
        row("Summary per org unit, district of " + number("district.hr.people") + " people (bench-hr)", summary,
                summary.detail(""));
        Series landSummary = sequential("summary Land", 5,
                () -> get("/api/reports/summary?organisation=" + land, "admin"));
        row("Summary per org unit, whole Land (" + number("rows.person") + " people in the DB, admin)", landSummary,
                landSummary.detail(""));

        Series export = sequential("xlsx export", 3, () -> download("/api/reports/completion?organisation="
                + exportDistrict + "&format=xlsx", "admin", workDir.resolve("export.xlsx")));
        row("XLSX export, district of " + number("district.export.people") + " people (admin), time to last byte",
                export, export.detail("xlsx"));

        dashboard();
    }

    // ---- warm-up -------------------------------------------------------------------------------

    static final int WARM_UP_ROUND_SECONDS = 15;
    static final Duration WARM_UP_LIMIT = Duration.ofMinutes(12);

    /**
     * Loads the dashboard and the trivial endpoint in rounds until the dashboard's throughput is
     * stable (two rounds within 5 %). The JIT compiler needs minutes on 2 cores: its queue holds
     * thousands of methods after the start, and a cold server serves the dashboard 5 times slower.
     */
    void warmUp() throws Exception {
        String cookie = formLogin("bench-learner");
        List<String> rounds = new ArrayList<>();
        double previous = 0;
        long started = System.nanoTime();
        while (Duration.ofNanos(System.nanoTime() - started).compareTo(WARM_UP_LIMIT) < 0) {
            wrk("/health/ready", null, 3);
            double rps = wrk("/learner/index.xhtml", cookie, WARM_UP_ROUND_SECONDS).rps();
            rounds.add(String.format(Locale.ROOT, "%.0f", rps));
            System.err.println("warm-up round " + rounds.size() + ": dashboard " + rounds.get(rounds.size() - 1) + " req/s");
            if (rounds.size() >= 4 && Math.abs(rps - previous) <= 0.05 * previous) {
                break;
            }
            previous = rps;
        }
        notes.add("Warm-up before measuring: " + rounds.size() + " rounds of " + WARM_UP_ROUND_SECONDS
                + " s dashboard load (wrk), dashboard req/s per round: " + String.join(", ", rounds) + ".");
    }

    // ---- the learner dashboard under load ------------------------------------------------------

    void dashboard() throws Exception {
        String cookie;
        try {
            cookie = formLogin("bench-learner");
        } catch (IllegalStateException e) {
            rows.add(new String[] {"Learner dashboard under load", "login failed: " + e.getMessage(), "", "", "", ""});
            return;
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/learner/index.xhtml"))
                .header("Cookie", cookie).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        int pageBytes = page.body().getBytes(StandardCharsets.UTF_8).length;
        Series sequential = sequential("dashboard", 9, () -> get("/learner/index.xhtml", null, cookie));
        row("Learner dashboard `GET /learner/index.xhtml`, logged in (JSF session), sequential", sequential,
                sequential.detail("") + "; page " + pageBytes / 1024 + " KB, " + dataset.getProperty("learner.enrolments")
                        + " enrolments");
        Wrk load = wrk("/learner/index.xhtml", cookie, 20);
        rowLoad("Learner dashboard under load (wrk, 16 conn., 20 s)", load);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(base + "/learner/index.xhtml"))
                .header("Cookie", cookie).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        boolean stillDashboard = after.statusCode() == 200 && after.body().contains("id=\"homeTitle\"");
        long bytesPerResponse = load.requests == 0 ? 0 : load.bytesRead / load.requests;
        notes.add(String.format(Locale.ROOT, "Dashboard load check: %,d bytes per response on average (the page has"
                + " %,d bytes plus headers), session still logged in after the run: %s.", bytesPerResponse, pageBytes,
                stillDashboard ? "yes" : "NO"));
    }

    /** Logs in through the JSF form like a browser; returns the Cookie header of the session. */
    String formLogin(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String html = form.body();
        String viewState = find(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        String nonce = find(html, "nonce=\"([^\"]+)\"");
        String usernameField = find(html, "name=\"([^\"]+:username)\"");
        String passwordField = find(html, "name=\"([^\"]+:password)\"");
        String formId = usernameField.substring(0, usernameField.indexOf(':'));
        String submit = find(html, "<button[^>]*name=\"(" + Pattern.quote(formId) + ":[^\"]+)\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(usernameField, username);
        fields.put(passwordField, PASSWORD);
        fields.put(submit, "");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/learner/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.body().contains("id=\"homeTitle\"")) {
            throw new IllegalStateException("form login as " + username + " did not reach the dashboard (POST "
                    + posted.statusCode() + ", dashboard " + home.statusCode() + ")");
        }
        StringBuilder cookie = new StringBuilder();
        ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(base))
                .forEach(c -> cookie.append(cookie.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue()));
        return cookie.toString();
    }

    static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("login page without " + regex);
        }
        return m.group(1);
    }

    // ---- sequential requests -------------------------------------------------------------------

    record Outcome(int status, long bytes, double millis, Map<String, String> details) {}

    interface Call {
        Outcome run() throws Exception;
    }

    final class Series {
        final List<Double> millis = new ArrayList<>();
        final Map<String, String> details = new LinkedHashMap<>();
        String failure;

        double median() {
            return percentile(50);
        }

        double percentile(int p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        String detail(String key) {
            String value = details.get(key);
            String count = millis.size() + (millis.size() == 1 ? " request" : " requests");
            return value == null ? count : count + "; " + value;
        }
    }

    /** One warm-up call, then up to {@code runs} calls, stopping early once 3 minutes have passed. */
    Series sequential(String name, int runs, Call call) {
        Series series = new Series();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        try {
            Outcome warmUp = call.run();
            if (warmUp.status() == 404) {
                series.failure = "n/a (endpoint missing)";
                return series;
            }
            if (warmUp.status() != 200) {
                series.failure = "HTTP " + warmUp.status();
                return series;
            }
            for (int i = 0; i < runs && Instant.now().isBefore(deadline); i++) {
                Outcome outcome = call.run();
                if (outcome.status() != 200) {
                    series.failure = "HTTP " + outcome.status() + " on run " + (i + 1);
                    return series;
                }
                series.millis.add(outcome.millis());
                series.details.putAll(outcome.details());
            }
        } catch (Exception e) {
            series.failure = "failed: " + e;
        }
        System.err.printf(Locale.ROOT, "%s: median %.1f ms over %d%s%n", name, series.median(), series.millis.size(),
                series.failure == null ? "" : " (" + series.failure + ")");
        return series;
    }

    Outcome get(String path, String user) throws Exception {
        return get(path, user, null);
    }

    Outcome get(String path, String user, String cookie) throws Exception {
        HttpRequest request = request(path, user, cookie);
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        Map<String, String> details = new LinkedHashMap<>();
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(new String(response.body(), StandardCharsets.UTF_8));
        if (total.find()) {
            details.put("total", String.format(Locale.ROOT, "%,d rows in the report", Long.parseLong(total.group(1))));
        }
        return new Outcome(response.statusCode(), response.body().length, millis, details);
    }

    /** Time to the last byte, streamed to a file; checks that an XLSX (a ZIP) arrived and counts its rows. */
    Outcome download(String path, String user, Path file) throws Exception {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(path, user, null), HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            bytes = in.transferTo(out);
        }
        double millis = (System.nanoTime() - started) / 1e6;
        Map<String, String> details = new LinkedHashMap<>();
        if (response.statusCode() == 200) {
            details.put("xlsx", describeXlsx(file, bytes));
        }
        return new Outcome(response.statusCode(), bytes, millis, details);
    }

    static String describeXlsx(Path file, long bytes) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.read(head) != 2 || head[0] != 'P' || head[1] != 'K') {
                return String.format(Locale.ROOT, "%,d bytes, NOT a ZIP/XLSX", bytes);
            }
        }
        long rows = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream sheet = zip.getInputStream(entry)) {
                        rows += countRows(sheet);
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%.1f MB, ZIP (PK), %,d sheet rows incl. header", bytes / 1e6, rows);
    }

    static long countRows(InputStream sheet) throws IOException {
        byte[] pattern = "<row".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        int matched = 0;
        for (int read; (read = sheet.read(buffer)) > 0; ) {
            for (int i = 0; i < read; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
                if (matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    HttpRequest request(String path, String user, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    // ---- wrk -----------------------------------------------------------------------------------

    record Wrk(double rps, double p50Ms, double p99Ms, long requests, long bytesRead, long non2xx, long timeouts,
               String failure) {}

    Wrk wrk(String path, String cookie, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency",
                "--timeout", "10s"));
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(base + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        System.err.println(out);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        if (!rps.find()) {
            return new Wrk(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, "wrk failed: " + out.strip());
        }
        Matcher total = Pattern.compile("(\\d+) requests in [\\d.]+\\w+, ([\\d.]+)(\\w+) read").matcher(out);
        long requests = 0;
        long bytes = 0;
        if (total.find()) {
            requests = Long.parseLong(total.group(1));
            bytes = (long) (Double.parseDouble(total.group(2)) * switch (total.group(3)) {
                case "KB" -> 1024;
                case "MB" -> 1024 * 1024;
                case "GB" -> 1024L * 1024 * 1024;
                default -> 1;
            });
        }
        return new Wrk(Double.parseDouble(rps.group(1)), latency(out, "50%"), latency(out, "99%"), requests, bytes,
                count(out, "Non-2xx or 3xx responses:\\s+(\\d+)"), count(out, "timeout (\\d+)"), null);
    }

    static double latency(String out, String percentile) {
        Matcher m = Pattern.compile(Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static long count(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    // ---- the table -----------------------------------------------------------------------------

    void row(String what, Series series, String note) {
        if (series.failure != null && series.millis.isEmpty()) {
            rows.add(new String[] {what, series.failure, "", "", "", ""});
            return;
        }
        rows.add(new String[] {what, ms(series.median()), ms(series.percentile(99)), "",
                ratio(series.median() / trivialMedianMs), note + (series.failure == null ? "" : "; " + series.failure)});
    }

    void rowLoad(String what, Wrk wrk) {
        if (wrk.failure() != null) {
            rows.add(new String[] {what, wrk.failure(), "", "", "", ""});
            return;
        }
        String problems = (wrk.non2xx() > 0 ? wrk.non2xx() + " non-2xx/3xx; " : "")
                + (wrk.timeouts() > 0 ? wrk.timeouts() + " timeouts; " : "");
        rows.add(new String[] {what, ms(wrk.p50Ms()), ms(wrk.p99Ms()), String.format(Locale.ROOT, "%,.0f", wrk.rps()),
                Double.isNaN(trivialRps) || wrk.rps() == trivialRps ? "1.00× (ceiling)"
                        : String.format(Locale.ROOT, "%.2f× of the ceiling's req/s", wrk.rps() / trivialRps),
                problems + String.format(Locale.ROOT, "%,d requests", wrk.requests())});
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%,.1f×", ratio);
    }

    String number(String key) {
        String value = dataset.getProperty(key);
        return value == null ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(value));
    }

    String table(String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(Instant.now().toString(), 0, 16).append(" UTC\n\n");
        md.append("Data set (rows): ");
        List<String> sizes = new ArrayList<>();
        dataset.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).sorted()
                .forEach(k -> sizes.add(k.substring(5) + " " + number(k)));
        md.append(String.join(", ", sizes)).append(".\n");
        md.append("Generated in ").append(dataset.getProperty("generation.seconds", "?")).append(" s; database on disk: ")
                .append(dataset.getProperty("disk", "?")).append(". Server: ")
                .append(dataset.getProperty("server", "?")).append(". Load average before/after: ")
                .append(loadBefore).append(" / ").append(loadAfter).append(" (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores).\n\n");
        md.append("| measurement | median (p50) | p99 | req/s | ratio to trivial | notes |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\nTargets (issue 6): report < 1 s, export < 15 s, learner dashboard ≥ 500 req/s at p99 < 200 ms.\n");
        md.append("Sequential rows: one warm-up request, then the median of the listed requests (p99 = the slowest for"
                + " fewer than 100 requests); a series stops after 3 minutes; ratio = median / median of the trivial endpoint. Load rows: wrk -t2 -c16"
                + " from a second process on 127.0.0.1, the same 2 cores as the server.\n");
        notes.forEach(n -> md.append("\n").append(n).append('\n'));
        return md.toString();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
