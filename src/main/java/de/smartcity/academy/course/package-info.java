/**
 * The catalogue and the learner's way through it: courses imported from {@code courses/} (every
 * content version kept, history never rewritten), lessons, quizzes and progress. Completion is
 * decided the moment a learner finishes the last required item and announced as
 * {@code CourseCompleted} — in every round: a refresher is a new round of the same enrolment in
 * which only newer progress counts. This feature knows nothing of cohorts or certificates.
 */
package de.smartcity.academy.course;
