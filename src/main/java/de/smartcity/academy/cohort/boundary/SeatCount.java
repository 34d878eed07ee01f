package de.smartcity.academy.cohort.boundary;

/** How many people hold a seat, wait for one, or wait for a decision. */
public record SeatCount(long enrolled, long waitlisted, long pending) implements java.io.Serializable {}
