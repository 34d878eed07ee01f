package de.smartcity.academy.course.control;

import java.util.List;

/**
 * A course as read from its folder {@code slug}. {@code certificateValidityMonths} is null when
 * certificates do not expire; {@code contentVersion} is the SHA-256 of the folder's files, so the
 * same content always gets the same version.
 */
public record CourseDefinition(String id, String slug, LocalizedText title, LocalizedText summary, String topic,
                               String language, LocalizedText audience, int estimatedHours, List<String> objectives,
                               int passMark, Integer certificateValidityMonths, List<ModuleDefinition> modules,
                               String contentVersion) {}
