package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.AttemptView;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learner's choice for one question as the form edits it: one option index for single and
 * true/false questions, several for multiple choice.
 */
public class QuizAnswer implements Serializable {

    private Integer single;
    private Integer[] multiple = new Integer[0];

    static QuizAnswer of(AttemptView.Question question) {
        QuizAnswer answer = new QuizAnswer();
        Integer[] chosen = question.options().stream().filter(AttemptView.Option::chosen)
                .map(AttemptView.Option::index).toArray(Integer[]::new);
        answer.multiple = chosen;
        answer.single = chosen.length == 0 ? null : chosen[0];
        return answer;
    }

    /** The chosen option indexes, as the boundary takes them. */
    Set<Integer> chosen(boolean multipleChoice) {
        if (multipleChoice) {
            return Arrays.stream(multiple).filter(Objects::nonNull).collect(Collectors.toSet());
        }
        return single == null ? Set.of() : Set.of(single);
    }

    boolean given() {
        return single != null || multiple.length > 0;
    }

    public Integer getSingle() {
        return single;
    }

    public void setSingle(Integer single) {
        this.single = single;
    }

    public Integer[] getMultiple() {
        return multiple;
    }

    public void setMultiple(Integer[] multiple) {
        this.multiple = multiple == null ? new Integer[0] : multiple;
    }
}
