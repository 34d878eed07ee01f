package de.smartcity.academy.course.control;

import java.util.List;
import java.util.Map;

/**
 * The result of reading the courses root: the valid courses (sorted by slug) and programs, and
 * what was rejected, keyed by course slug or {@code programs/<file>}. A rejected course or program
 * is rejected whole and appears only in {@code rejected}.
 */
public record CourseLibrary(List<CourseDefinition> courses, List<ProgramDefinition> programs,
                            Map<String, List<ContentError>> rejected) {}
