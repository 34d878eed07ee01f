package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;

/**
 * One lesson with its sanitised HTML and the way on: previous and next lesson, or the module's
 * quiz when this is the module's last lesson.
 */
public record LessonView(String courseId, LocalizedText courseTitle, LocalizedText moduleTitle, String id,
                         String title, int durationMinutes, String html, boolean done, String previousLessonId,
                         String nextLessonId, String quizAfterId) implements java.io.Serializable {}
