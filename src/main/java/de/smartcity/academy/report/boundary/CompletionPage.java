package de.smartcity.academy.report.boundary;

import de.smartcity.academy.report.control.CompletionRow;
import de.smartcity.academy.training.entity.TrainingStatus;
import java.util.List;
import java.util.Map;

/**
 * One page of the completion report with the number of rows per status for the whole filter
 * (before the status filter), so the page can show totals and a completion rate.
 */
public record CompletionPage(List<CompletionRow> items, int page, int size, long total,
                             Map<TrainingStatus, Long> byStatus, boolean scoresShown) implements java.io.Serializable {}
