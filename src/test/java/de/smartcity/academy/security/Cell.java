package de.smartcity.academy.security;

import java.util.Optional;

/** One row of the authorisation matrix and the check of one of its cells. */
final class Cell {

    private Cell() {}

    /**
     * @param method HTTP method, or {@code PAGE} for a page visited in a login session
     * @param expected one status per caller, in the order of {@link AuthorisationMatrixIT#CALLERS}; 200 means any 2xx
     * @param hidingCaller the caller (index) whose successful answer must not contain {@code hiddenText}, or -1
     * @param diagnostics the answer shows administrators technical errors by design (e.g. why a mail failed)
     */
    record Row(String method, String path, String contentType, String body, int[] expected, int hidingCaller, String hiddenText,
               boolean diagnostics) {

        Row {
            if (expected.length != AuthorisationMatrixIT.CALLERS.size()) {
                throw new IllegalArgumentException(path + ": one expectation per caller");
            }
        }

        /** A list that must be filtered for this caller: the text (of the other organisation) must not be in it. */
        Row hiding(int caller, String text) {
            return new Row(method, path, contentType, body, expected, caller, text, diagnostics);
        }

        /** The administrators' outbox shows why a mail could not be delivered, exception names included. */
        Row withDiagnostics() {
            return new Row(method, path, contentType, body, expected, hidingCaller, hiddenText, true);
        }

        /** {@code GET /api/people/{personA}}, the form in which /openapi names endpoints (without query). */
        String endpoint() {
            return method + " /" + path.replaceAll("\\?.*", "");
        }

        Optional<String> check(int caller, MatrixClient.Reply reply, MatrixFixtures fixtures) {
            int want = expected[caller];
            boolean statusRight = want == AuthorisationMatrixIT.OK ? reply.status() / 100 == 2
                    : want == AuthorisationMatrixIT.LOGIN ? reply.status() == 302 && reply.location().endsWith("/login.xhtml")
                    : reply.status() == want;
            String who = AuthorisationMatrixIT.CALLERS.get(caller);
            if (!statusRight) {
                return Optional.of(method + " " + path + " as " + who + ": expected " + want + ", got " + reply.status()
                        + " " + abbreviate(reply.body()));
            }
            if (!(diagnostics && reply.status() / 100 == 2) && Internals.revealedIn(reply.body())) {
                return Optional.of(method + " " + path + " as " + who + ": internals in the answer " + abbreviate(reply.body()));
            }
            if (caller == hidingCaller && reply.body().contains(hiddenText)) {
                return Optional.of(method + " " + path + " as " + who + ": shows " + hiddenText + " of another organisation");
            }
            return Optional.empty();
        }

        private static String abbreviate(String body) {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
        }
    }
}
