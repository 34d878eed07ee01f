package de.smartcity.academy.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final String DID = "did:web:localhost%3A8080";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path keysDir;

    private Credentials credentials() {
        return new Credentials("http://localhost:8080", keysDir.toString(), Optional.empty(),
                "Smart City Manager Akademie", Optional.empty(), Optional.of("http://localhost:8080/logo.png"), CLOCK);
    }

    private static CredentialData aCertificate() {
        return new CredentialData("AB12-CD34", "Erika Mustermann", "http://localhost:8080/achievements/digital-city",
                "Digitale Stadtverwaltung", "Grundlagen der digitalen Verwaltung", "Alle Module abgeschlossen",
                Instant.parse("2025-02-28T09:00:00Z"), LocalDate.of(2027, 2, 28), 42);
    }

    @Test
    void issuedCredentialIsAnOpenBadgeWithDataIntegrityProof() {
        JsonObject credential = json(credentials().issue(aCertificate()));

        assertThat(credential.getJsonArray("@context").getString(1))
                .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(credential.getString("id")).isEqualTo("http://localhost:8080/credentials/AB12-CD34");
        assertThat(credential.getJsonObject("issuer").getString("id")).isEqualTo(DID);
        assertThat(credential.getJsonObject("issuer").getString("name")).isEqualTo("Smart City Manager Akademie");
        assertThat(credential.getString("validUntil")).isEqualTo("2027-02-28T22:59:59Z");
        JsonObject status = credential.getJsonObject("credentialStatus");
        assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.getString("statusListIndex")).isEqualTo("42");
        assertThat(status.getString("statusListCredential")).isEqualTo("http://localhost:8080/api/status-lists/1");
        JsonObject proof = credential.getJsonObject("proof");
        assertThat(proof.getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.getString("verificationMethod")).isEqualTo(DID + "#key-1");
        assertThat(proof.getString("created")).isEqualTo("2025-03-01T10:15:30Z");
    }

    @Test
    void bothVerifiersAcceptAnIssuedCredential() {
        Credentials credentials = credentials();
        String issued = credentials.issue(aCertificate());

        assertThat(IndependentVerifier.verify(issued, credentials.didDocument())).isTrue();
        VerificationResult result = credentials.verify(issued);
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.publicId()).isEqualTo("AB12-CD34");
    }

    @Test
    void changingOneFieldFailsBothVerifiers() {
        Credentials credentials = credentials();
        JsonObject issued = json(credentials.issue(aCertificate()));
        JsonObject subject = issued.getJsonObject("credentialSubject");
        JsonObject achievement = subject.getJsonObject("achievement");
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);

        assertTamperedFails(credentials, with(issued, "credentialSubject", with(subject, "identifier",
                Json.createArrayBuilder().add(with(identity, "identityHash", Json.createValue("Max Mustermann")))
                        .build())));
        assertTamperedFails(credentials, with(issued, "credentialSubject",
                with(subject, "achievement", with(achievement, "name", Json.createValue("Bürgermeister-Diplom")))));
        assertTamperedFails(credentials, with(issued, "validFrom", Json.createValue("2024-02-28T09:00:00Z")));
        assertTamperedFails(credentials, with(issued, "validUntil", Json.createValue("2099-12-31T22:59:59Z")));
    }

    @Test
    void aCredentialOfAnotherKeyOrGarbageIsRejectedWithoutThrowing(@TempDir Path otherKeys) {
        String foreign = new Credentials("http://localhost:8080", otherKeys.toString(), Optional.empty(), "Fake",
                Optional.empty(), Optional.empty(), CLOCK).issue(aCertificate());

        assertThat(credentials().verify(foreign).valid()).isFalse();
        assertThat(credentials().verify("{not json").valid()).isFalse();
        assertThat(credentials().verify("{\"id\":\"http://localhost:8080/credentials/X1\"}").publicId()).isEqualTo("X1");
        assertThat(credentials().verify("[]").valid()).isFalse();
    }

    @Test
    void didDocumentListsTheKeyAsMultikeyForAssertions() {
        JsonObject did = json(credentials().didDocument());

        assertThat(did.getString("id")).isEqualTo(DID);
        JsonObject method = did.getJsonArray("verificationMethod").getJsonObject(0);
        assertThat(method.getString("id")).isEqualTo(DID + "#key-1");
        assertThat(method.getString("type")).isEqualTo("Multikey");
        assertThat(method.getString("controller")).isEqualTo(DID);
        assertThat(method.getString("publicKeyMultibase")).startsWith("z6Mk");
        assertThat(did.getJsonArray("assertionMethod").getString(0)).isEqualTo(DID + "#key-1");
    }

    @Test
    void statusListIsSignedAndCarriesTheRevokedBits() {
        Credentials credentials = credentials();
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(42);
        revoked.set(131_071);

        String list = credentials.statusListCredential(revoked, 1000);
        JsonObject subject = json(list).getJsonObject("credentialSubject");

        assertThat(subject.getString("statusPurpose")).isEqualTo("revocation");
        assertThat(subject.getString("encodedList")).startsWith("u");
        BitSet decoded = StatusListBits.decode(subject.getString("encodedList"));
        assertThat(decoded).isEqualTo(revoked);
        assertThat(StatusListBits.decode(StatusListBits.encode(new BitSet(), 10)).size())
                .isGreaterThanOrEqualTo(StatusListBits.MINIMUM_LENGTH);
        assertThat(IndependentVerifier.verify(list, credentials.didDocument())).isTrue();
    }

    @Test
    void keyIsGeneratedOnceAndReused() throws Exception {
        String firstDid = credentials().didDocument();
        String issued = credentials().issue(aCertificate());

        assertThat(credentials().didDocument()).isEqualTo(firstDid);
        assertThat(credentials().verify(issued).valid()).isTrue();
        assertThat(Files.list(keysDir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("key-1.private.pem", "key-1.public.pem");
    }

    @Test
    void rotatedOutKeysStillVerifyOldCredentials() {
        String old = credentials().issue(aCertificate());
        IssuerKeys keys = new IssuerKeys(keysDir, Optional.empty());
        keys.current();
        keys.rotate();

        Credentials afterRotation = credentials();
        assertThat(afterRotation.verify(old).valid()).isTrue();
        assertThat(json(afterRotation.issue(aCertificate())).getJsonObject("proof").getString("verificationMethod"))
                .isEqualTo(DID + "#key-2");
        assertThat(json(afterRotation.didDocument()).getJsonArray("assertionMethod")).hasSize(2);
    }

    @Test
    void configuredPrivateKeyFileIsUsed(@TempDir Path elsewhere) throws Exception {
        credentials().didDocument();
        Path file = elsewhere.resolve("academy-signing.pem");
        Files.copy(keysDir.resolve("key-1.private.pem"), file);

        Credentials configured = new Credentials("http://localhost:8080", elsewhere.resolve("none").toString(),
                Optional.of(file.toString()), "Akademie", Optional.empty(), Optional.empty(), CLOCK);

        assertThat(configured.didDocument()).isEqualTo(credentials().didDocument());
    }

    @Test
    void didWebEncodesPortAndPath() {
        Credentials withPath = new Credentials("https://academy.example.de/akademie/", keysDir.toString(),
                Optional.empty(), "A", Optional.empty(), Optional.empty(), CLOCK);
        assertThat(withPath.did()).isEqualTo("did:web:academy.example.de:akademie");
        assertThat(credentials().did()).isEqualTo(DID);
    }

    @Test
    void schemaRejectsACredentialMissingRequiredFields() {
        assertThat(new OpenBadgeSchema().problems("{\"type\": [\"VerifiableCredential\"]}")).isNotEmpty();
    }

    private static void assertTamperedFails(Credentials credentials, JsonObject tampered) {
        assertThat(IndependentVerifier.verify(tampered.toString(), credentials.didDocument())).isFalse();
        VerificationResult result = credentials.verify(tampered.toString());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).contains("signature does not match the credential");
    }

    private static JsonObject with(JsonObject object, String name, JsonValue value) {
        return Json.createObjectBuilder(object).add(name, value).build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

}
