package de.smartcity.academy.course.control;

import java.util.List;

public record QuestionDefinition(String id, QuestionType type, int points, String text, String explanation,
                                 List<OptionDefinition> options) {}
