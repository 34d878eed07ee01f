package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Issue all" for a cohort, in the background so the trainer sees it progress: one run per cohort
 * at a time, each certificate in its own transaction (a failure is reported for that person and
 * the run goes on). Runs live in this node's memory; the last one per cohort stays for its summary.
 */
@ApplicationScoped
public class CohortIssuing {

    private static final Logger LOG = Logger.getLogger(CohortIssuing.class.getName());

    @Inject CohortCertificates cohortCertificates;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final Map<Long, IssueAllRun> runs = new ConcurrentHashMap<>();

    /** Starts issuing, or returns the run already going for this cohort. */
    public IssueAllRun.Progress start(@NotNull Caller caller, long cohortId) {
        return startRun(caller, cohortId).progress();
    }

    /** Issues all and waits for the end (REST); the same run the page shows. */
    public IssueAllRun.Progress run(@NotNull Caller caller, long cohortId) {
        return startRun(caller, cohortId).awaitEnd();
    }

    /** The running or last run of this cohort. */
    public Optional<IssueAllRun.Progress> progress(@NotNull Caller caller, long cohortId) {
        cohortCertificates.managed(caller, cohortId);
        return Optional.ofNullable(runs.get(cohortId)).map(IssueAllRun::progress);
    }

    private IssueAllRun startRun(Caller caller, long cohortId) {
        CohortCertificates.Plan plan = cohortCertificates.plan(caller, cohortId);
        IssueAllRun fresh = new IssueAllRun(plan.participants().size());
        IssueAllRun run = runs.compute(cohortId, (id, current) -> current != null && !current.finished() ? current : fresh);
        if (run == fresh) {
            LOG.info(() -> "event=certificate.issue-all.started cohort=" + cohortId + " people="
                    + plan.participants().size() + " by=" + caller.username());
            try {
                executor.execute(() -> issueEach(plan, run, cohortId, caller.username()));
            } catch (RejectedExecutionException busy) {
                runs.remove(cohortId, fresh);
                throw busy;
            }
        }
        return run;
    }

    private void issueEach(CohortCertificates.Plan plan, IssueAllRun run, long cohortId, String actor) {
        try {
            for (CohortCertificates.Participant participant : plan.participants()) {
                try {
                    run.record(cohortCertificates.issue(participant, plan.programIri(), actor));
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "event=certificate.issue-all.failed cohort=" + cohortId + " person="
                            + participant.personId(), failure);
                    run.recordFailure(participant.name());
                }
            }
        } finally {
            run.finish();
            LOG.info(() -> "event=certificate.issue-all.finished cohort=" + cohortId + " issued="
                    + run.progress().issued() + " failed=" + run.progress().failed());
        }
    }
}
