package de.smartcity.academy.identity.boundary;

import java.util.List;

/**
 * The outcome of a CSV import. {@code imported} is true only if every line was valid; otherwise
 * nothing was written and {@code rejected} says why, line by line.
 */
public record ImportReport(boolean imported, int accepted, List<RejectedLine> rejected) implements java.io.Serializable {

    public record RejectedLine(long line, String reason) implements java.io.Serializable {}
}
