package de.smartcity.academy.certificate.control;

import java.util.List;

/**
 * Outcome of checking a credential's proof.
 *
 * @param publicId taken from the credential id {@code .../credentials/{publicId}}, {@code null} if unreadable
 * @param problems why the credential is not valid; empty when it is
 */
public record VerificationResult(boolean valid, String publicId, List<String> problems) {

    public VerificationResult {
        problems = List.copyOf(problems);
    }

    static VerificationResult invalid(String publicId, String problem) {
        return new VerificationResult(false, publicId, List.of(problem));
    }
}
