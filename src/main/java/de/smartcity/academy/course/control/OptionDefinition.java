package de.smartcity.academy.course.control;

public record OptionDefinition(String text, boolean correct, String feedback) {}
