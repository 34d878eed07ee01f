package de.smartcity.academy.certificate.control;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Map;

/**
 * A second eddsa-rdfc-2022 verifier, written only from the specifications and sharing no code with
 * {@link Credentials} or {@link DataIntegrity}: it reads the key from the DID document, expands the credential
 * to an RDF dataset and feeds the canonicaliser quad by quad, and decodes base58 on its own.
 */
final class IndependentVerifier {

    private static final Map<String, String> CONTEXTS = Map.of(
            "https://www.w3.org/ns/credentials/v2", "/jsonld/credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "/jsonld/ob-context-3.0.3.json");

    private IndependentVerifier() {}

    static boolean verify(String credentialJson, String didDocumentJson) {
        try {
            JsonObject credential = Json.createReader(new StringReader(credentialJson)).readObject();
            JsonObject proof = credential.getJsonObject("proof");
            PublicKey key = keyFromDidDocument(didDocumentJson, proof.getString("verificationMethod"));
            JsonObjectBuilder document = Json.createObjectBuilder(credential);
            document.remove("proof");
            JsonObjectBuilder config = Json.createObjectBuilder(proof);
            config.remove("proofValue");
            config.add("@context", credential.get("@context"));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] configHash = sha.digest(canonical(config.build()).getBytes(StandardCharsets.UTF_8));
            byte[] documentHash = sha.digest(canonical(document.build()).getBytes(StandardCharsets.UTF_8));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(configHash);
            ed25519.update(documentHash);
            return ed25519.verify(base58(proof.getString("proofValue").substring(1)));
        } catch (Exception e) {
            return false;
        }
    }

    private static PublicKey keyFromDidDocument(String didDocumentJson, String verificationMethod) throws Exception {
        JsonObject did = Json.createReader(new StringReader(didDocumentJson)).readObject();
        boolean forAssertion = did.getJsonArray("assertionMethod").stream()
                .anyMatch(v -> v.getValueType() == JsonValue.ValueType.STRING
                        && verificationMethod.equals(((jakarta.json.JsonString) v).getString()));
        if (!forAssertion) {
            throw new IllegalArgumentException("not an assertion method");
        }
        String multibase = did.getJsonArray("verificationMethod").getValuesAs(JsonObject.class).stream()
                .filter(m -> verificationMethod.equals(m.getString("id")))
                .map(m -> m.getString("publicKeyMultibase")).findFirst().orElseThrow();
        byte[] multikey = base58(multibase.substring(1));
        if ((multikey[0] & 0xff) != 0xed || multikey[1] != 0x01 || multikey.length != 34) {
            throw new IllegalArgumentException("not ed25519-pub");
        }
        byte[] x509 = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(multikey, 2, 34));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    }

    private static String canonical(JsonObject document) throws Exception {
        RdfCanon canon = RdfCanon.create(MessageDigest.getInstance("SHA-256"));
        for (RdfNQuad quad : JsonLd.toRdf(JsonDocument.of(document)).loader(IndependentVerifier::load).get().toList()) {
            RdfValue object = quad.getObject();
            String datatype = null;
            String language = null;
            if (object.isLiteral()) {
                language = object.asLiteral().getLanguage().orElse(null);
                datatype = language == null ? object.asLiteral().getDatatype() : null;
            }
            canon.quad(quad.getSubject().getValue(), quad.getPredicate().getValue(), object.getValue(),
                    datatype, language, null, quad.getGraphName().map(RdfValue::getValue).orElse(null));
        }
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    private static JsonDocument load(java.net.URI url, Object options) throws JsonLdError {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not pinned: " + url);
        }
        try (InputStream in = IndependentVerifier.class.getResourceAsStream(resource)) {
            JsonObject context = JsonDocument.of(in).getJsonContent().orElseThrow().asJsonObject();
            if (resource.contains("ob-context")) { // same Titanium limitation as in PinnedContexts
                JsonObjectBuilder inner = Json.createObjectBuilder(context.getJsonObject("@context"));
                inner.remove("@protected");
                context = Json.createObjectBuilder().add("@context", inner).build();
            }
            return JsonDocument.of(context);
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
        }
    }

    /** Plain base58 (Bitcoin alphabet) decoding, leading '1's as zero bytes. */
    private static byte[] base58(String text) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (char c : text.toCharArray()) {
            if (leading && c == '1') {
                zeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(alphabet.indexOf(c)));
        }
        String hex = value.signum() == 0 ? "" : value.toString(16);
        hex = (hex.length() % 2 == 1 ? "0" : "") + hex;
        return HexFormat.of().parseHex("00".repeat(zeros) + hex);
    }
}
