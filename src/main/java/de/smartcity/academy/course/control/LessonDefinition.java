package de.smartcity.academy.course.control;

/** A lesson; {@code html} is the rendered and sanitised Markdown body, safe to output unescaped. */
public record LessonDefinition(String id, String title, int durationMinutes, String html) {}
