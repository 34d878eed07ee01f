package de.smartcity.academy.course.control;

import java.util.List;

/** A module of a course; {@code quiz} is null when the module has none. */
public record ModuleDefinition(String id, LocalizedText title, LocalizedText summary, List<LessonDefinition> lessons,
                               QuizDefinition quiz) {}
