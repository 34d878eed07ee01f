package de.smartcity.academy.certificate.control;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite of W3C Data Integrity EdDSA: RDFC-1.0 canonical N-Quads of the proof
 * configuration and of the document, each hashed with SHA-256, and an Ed25519 signature over both hashes.
 */
final class DataIntegrity {

    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    private static final String PROOF = "proof";
    private static final String PROOF_VALUE = "proofValue";
    private static final String CONTEXT = "@context";

    private final DocumentLoader loader;

    DataIntegrity(DocumentLoader loader) {
        this.loader = loader;
    }

    /** The document with an embedded {@code DataIntegrityProof} (proof purpose assertionMethod). */
    JsonObject sign(JsonObject unsecured, PrivateKey key, String verificationMethod, Instant created) {
        JsonObject proofOptions = Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature = signBytes(key, hashData(unsecured, proofOptions));
        JsonObject proof = Json.createObjectBuilder(proofOptions)
                .add(PROOF_VALUE, Multibase.encodeBase58btc(signature)).build();
        return Json.createObjectBuilder(unsecured).add(PROOF, proof).build();
    }

    /** Checks the embedded proof against the key; {@code false} for any mismatch. */
    boolean verify(JsonObject secured, PublicKey key) throws GeneralSecurityException {
        JsonObject proof = secured.getJsonObject(PROOF);
        if (!CRYPTOSUITE.equals(proof.getString("cryptosuite", null))
                || !"DataIntegrityProof".equals(proof.getString("type", null))) {
            return false;
        }
        byte[] signatureBytes = Multibase.decodeBase58btc(proof.getString(PROOF_VALUE));
        JsonObjectBuilder unsecured = Json.createObjectBuilder(secured);
        unsecured.remove(PROOF);
        JsonObjectBuilder options = Json.createObjectBuilder(proof);
        options.remove(PROOF_VALUE);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(hashData(unsecured.build(), options.build()));
        return verifier.verify(signatureBytes);
    }

    /** proofConfigHash || documentHash, as the cryptosuite's "hash data" step defines it. */
    byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        JsonObjectBuilder proofConfig = Json.createObjectBuilder(proofOptions);
        if (unsecured.containsKey(CONTEXT)) {
            proofConfig.add(CONTEXT, unsecured.get(CONTEXT));
        }
        byte[] proofHash = sha256(canonicalize(proofConfig.build()));
        byte[] documentHash = sha256(canonicalize(unsecured));
        byte[] combined = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, combined, 0, proofHash.length);
        System.arraycopy(documentHash, 0, combined, proofHash.length, documentHash.length);
        return combined;
    }

    /** RDFC-1.0 canonical N-Quads of a JSON-LD document, contexts from the pinned loader only. */
    String canonicalize(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(document)).loader(loader).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalArgumentException("cannot canonicalise the document: " + e.getMessage(), e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] signBytes(PrivateKey key, byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
