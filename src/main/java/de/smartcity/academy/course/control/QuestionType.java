package de.smartcity.academy.course.control;

public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE
}
