package de.smartcity.academy.certificate.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Builds the unsigned OB 3.0 OpenBadgeCredential of a certificate. */
final class Ob3Documents {

    private Ob3Documents() {}

    static JsonObject credential(CredentialData data, Credentials settings) {
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add(PinnedContexts.CREDENTIALS_V2).add(PinnedContexts.OPEN_BADGES_V3))
                .add("id", settings.credentialId(data.publicId()))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", data.achievementName())
                .add("issuer", settings.issuerProfile())
                .add("validFrom", Credentials.timestamp(data.issuedAt()));
        if (data.expiresOn() != null) {
            credential.add("validUntil", settings.endOfDay(data.expiresOn()));
        }
        return credential
                .add("credentialSubject", subject(data))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", settings.statusListUrl() + "#" + data.statusListIndex())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(data.statusListIndex()))
                        .add("statusListCredential", settings.statusListUrl()))
                .build();
    }

    private static JsonObjectBuilder subject(CredentialData data) {
        // OB 3.0 subjects without a DID name the learner through an IdentityObject, in plain text.
        return Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityHash", data.holderName())
                        .add("identityType", "name")
                        .add("hashed", false)))
                .add("achievement", Json.createObjectBuilder()
                        .add("id", data.achievementIri())
                        .add("type", Json.createArrayBuilder().add("Achievement"))
                        .add("name", data.achievementName())
                        .add("description", nullToEmpty(data.achievementDescription()))
                        .add("criteria", Json.createObjectBuilder().add("narrative", nullToEmpty(data.criteria()))));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
