package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.AttemptView;
import de.smartcity.academy.course.boundary.Quizzes;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quiz attempt ({@code learner/quiz.xhtml?course=…&quiz=…} starts or resumes one,
 * {@code ?attempt=…} shows one): every answer is saved as it is given, so nothing is lost when the
 * learner leaves; after submission the same page shows the result with feedback.
 */
@Named
@ViewScoped
public class QuizBacking implements Serializable {

    private static final String MULTIPLE = "multiple";

    @Inject Quizzes quizzes;
    @Inject CurrentCaller currentCaller;

    private String course;
    private String quiz;
    private Long attempt;
    private final Map<String, QuizAnswer> answers = new LinkedHashMap<>();
    private final Set<String> saved = new HashSet<>();
    private transient AttemptView view;

    /**
     * f:viewAction: a quiz already passed or without attempts left cannot start; the page says so
     * (no view) instead of failing.
     */
    public void load() {
        try {
            view = attempt == null ? quizzes.start(currentCaller.get(), course, quiz)
                    : quizzes.attempt(currentCaller.get(), attempt);
        } catch (Conflict notNow) {
            Messages.error("quiz.unavailable");
            return;
        }
        attempt = view.id();
        course = view.courseId();
        quiz = view.quizId();
        view.questions().forEach(q -> answers.put(q.id(), QuizAnswer.of(q)));
    }

    /** Saves one question's answer right away (ajax on every change). */
    public void save(String questionId) {
        AttemptView.Question question = question(questionId);
        try {
            view = quizzes.answer(currentCaller.get(), attempt,
                    questionId, answers.get(questionId).chosen(MULTIPLE.equals(question.type())));
            saved.add(questionId);
        } catch (AcademyException rejection) {
            saved.remove(questionId);
            Messages.plainError(rejection.getMessage());
        }
    }

    /** Scores the attempt and shows the result at its own address (reload-safe). */
    public String submit() {
        try {
            quizzes.submit(currentCaller.get(), attempt);
            return "/learner/quiz?faces-redirect=true&attempt=" + attempt;
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
            return null;
        }
    }

    private AttemptView.Question question(String questionId) {
        return getView().questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(questionId));
    }

    public AttemptView getView() {
        if (view == null && attempt != null) {
            view = quizzes.attempt(currentCaller.get(), attempt);
        }
        return view;
    }

    public boolean isSaved(String questionId) {
        return saved.contains(questionId);
    }

    public long getAnsweredCount() {
        return answers.values().stream().filter(QuizAnswer::given).count();
    }

    /** A new attempt makes sense only if this one failed and attempts are left. */
    public boolean isRetryPossible() {
        AttemptView.Result result = getView().result();
        return result != null && !result.passed() && result.attemptsLeft() > 0;
    }

    public List<AttemptView.Question> getQuestions() {
        return getView().questions();
    }

    public Map<String, QuizAnswer> getAnswers() {
        return answers;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
