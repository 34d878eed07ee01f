package de.smartcity.academy.course.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import did: courses that got a new live version, those unchanged, and those rejected
 * with their errors ("file:line: message") — a rejected course keeps its previous version live.
 */
public record ImportOutcome(Instant at, long millis, List<String> updated, List<String> unchanged,
                            Map<String, List<String>> rejected, List<String> programs) implements java.io.Serializable {}
