package de.smartcity.academy.certificate.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The state of one "issue all" run, written by its worker and read by whoever shows the progress. */
public final class IssueAllRun {

    /** @param done participants handled so far (issued, not eligible or failed) */
    public record Progress(int total, int done, int issued, int failed, boolean finished,
                           List<CohortCertificates.Outcome> outcomes) implements java.io.Serializable {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    static final String FAILURE_REASON = "Technischer Fehler: nicht ausgestellt, bitte erneut versuchen."
            + " / Technical error: not issued, please try again.";

    private final int total;
    private final List<CohortCertificates.Outcome> outcomes = new ArrayList<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private int failed;

    IssueAllRun(int total) {
        this.total = total;
    }

    synchronized void record(CohortCertificates.Outcome outcome) {
        outcomes.add(outcome);
    }

    synchronized void recordFailure(String name) {
        outcomes.add(new CohortCertificates.Outcome(name, false, null, FAILURE_REASON));
        failed++;
    }

    void finish() {
        end.countDown();
    }

    boolean finished() {
        return end.getCount() == 0;
    }

    synchronized Progress progress() {
        int issued = (int) outcomes.stream().filter(CohortCertificates.Outcome::issued).count();
        return new Progress(total, outcomes.size(), issued, failed, finished(), List.copyOf(outcomes));
    }

    Progress awaitEnd() {
        try {
            end.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return progress();
    }
}
