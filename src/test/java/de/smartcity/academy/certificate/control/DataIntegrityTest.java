package de.smartcity.academy.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reproduces the W3C vc-di-eddsa test vector for eddsa-rdfc-2022 (TestVectors/eddsa-rdfc-2022/) byte for byte. */
class DataIntegrityTest {

    private static final String PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final String PRIVATE_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    private static final String VERIFICATION_METHOD = "https://vc.example/issuers/5678#" + PUBLIC_KEY;
    private static final String UNSIGNED = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
              "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
              "type": ["VerifiableCredential", "AlumniCredential"],
              "name": "Alumni Credential",
              "description": "A minimum viable example of an Alumni Credential.",
              "issuer": "https://vc.example/issuers/5678",
              "validFrom": "2023-01-01T00:00:00Z",
              "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"}
            }""";
    private static final String PROOF_CANON = """
            _:c14n0 <http://purl.org/dc/terms/created> "2023-02-24T23:36:38Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
            _:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .
            _:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .
            _:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .
            _:c14n0 <https://w3id.org/security#verificationMethod> <https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> .
            """;
    // proofHashDataInt.txt and sigHexDataInt.txt in the repository are left from an older revision; these values
    // are the ones consistent with the published canonical form, combinedHashDataInt.txt and signedDataInt.json.
    private static final String PROOF_HASH = "4c4d3890a157f8d611b13c265c2c22f39aa0a567c7c7dd9ba3e45cd579784eeb";
    private static final String COMBINED_HASH = PROOF_HASH
            + "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017";
    private static final String SIGNATURE_HEX = "3237ba3b695c09e199540507ead17a58300cc4efe91ce19d582ad7e001455190"
            + "f1ea3d13bdeff2cbaf7f30da7fe9f24b475511ef3875b6efe7cc9f49d3f55b02";
    private static final String PROOF_VALUE =
            "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9";

    private final DataIntegrity integrity = new DataIntegrity(PinnedContexts.with(Map.of(
            "https://www.w3.org/ns/credentials/examples/v2", "/jsonld/credentials-examples-v2.jsonld")));

    @Test
    void keyPairOfTheVectorDecodes() {
        PrivateKey key = vectorKey();
        byte[] encoded = IssuerKeys.publicKeyFor(key).getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        assertThat(Multibase.ed25519PublicKey(raw)).isEqualTo(PUBLIC_KEY);
    }

    @Test
    void canonicalProofConfigurationAndHashesMatchTheVector() {
        JsonObject proofConfig = Json.createObjectBuilder(proofOptions())
                .add("@context", json(UNSIGNED).get("@context")).build();
        assertThat(integrity.canonicalize(proofConfig)).isEqualTo(PROOF_CANON);
        assertThat(HexFormat.of().formatHex(DataIntegrity.sha256(PROOF_CANON))).isEqualTo(PROOF_HASH);
        assertThat(HexFormat.of().formatHex(integrity.hashData(json(UNSIGNED), proofOptions())))
                .isEqualTo(COMBINED_HASH);
    }

    @Test
    void signatureAndProofValueMatchTheVectorByteForByte() throws Exception {
        JsonObject signed = integrity.sign(json(UNSIGNED), vectorKey(), VERIFICATION_METHOD,
                Instant.parse("2023-02-24T23:36:38Z"));
        String proofValue = signed.getJsonObject("proof").getString("proofValue");
        assertThat(HexFormat.of().formatHex(Multibase.decodeBase58btc(proofValue))).isEqualTo(SIGNATURE_HEX);
        assertThat(proofValue).isEqualTo(PROOF_VALUE);
        assertThat(integrity.verify(signed, IssuerKeys.publicKeyFor(vectorKey()))).isTrue();
    }

    @Test
    void onlyPinnedContextsAreLoaded() {
        JsonObject foreign = Json.createObjectBuilder()
                .add("@context", "https://example.org/not-pinned").add("name", "x").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> integrity.canonicalize(foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://example.org/not-pinned");
    }

    private static JsonObject proofOptions() {
        return Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", "2023-02-24T23:36:38Z")
                .add("verificationMethod", VERIFICATION_METHOD)
                .add("proofPurpose", "assertionMethod").build();
    }

    private static PrivateKey vectorKey() {
        byte[] decoded = Multibase.decodeBase58btc(PRIVATE_KEY);
        // multicodec ed25519-priv (0x1300, varint 0x80 0x26) followed by the 32-byte seed
        assertThat(HexFormat.of().formatHex(decoded, 0, 2)).isEqualTo("8026");
        return IssuerKeys.privateKeyFromSeed(Arrays.copyOfRange(decoded, 2, 34));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
