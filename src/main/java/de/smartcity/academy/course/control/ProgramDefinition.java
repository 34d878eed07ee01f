package de.smartcity.academy.course.control;

import java.util.List;

/** A program read from {@code programs/<slug>.yaml}; course lists hold course ids. */
public record ProgramDefinition(String id, String slug, LocalizedText title, LocalizedText summary,
                                List<String> requiredCourses, List<String> electiveCourses, int minElectives,
                                int attendanceMinRatePercent, boolean excusedCountsAsPresent) {}
