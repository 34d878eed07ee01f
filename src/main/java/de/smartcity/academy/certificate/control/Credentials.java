package de.smartcity.academy.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates as Open Badges 3.0 credentials (W3C VC 2.0) signed with a Data Integrity proof
 * ({@code eddsa-rdfc-2022}) by the academy's {@code did:web} key, plus the DID document and the signed revocation
 * status list. JSON-LD contexts are pinned in the application and never fetched.
 */
@ApplicationScoped
public class Credentials {

    private static final Pattern CREDENTIAL_ID = Pattern.compile("/credentials/([^/?#]+)$");

    private String baseUrl;
    private String issuerName;
    private String issuerUrl;
    private Optional<String> issuerImage;
    private IssuerKeys keys;
    private Clock clock;
    private DataIntegrity integrity;
    private OpenBadgeSchema schema;

    /** For the CDI proxy only. */
    protected Credentials() {}

    @Inject
    Credentials(@ConfigProperty(name = "academy.base-url", defaultValue = "http://localhost:8080") String baseUrl,
            @ConfigProperty(name = "academy.keys.dir", defaultValue = "data/keys") String keysDir,
            @ConfigProperty(name = "academy.keys.file") Optional<String> keysFile,
            @ConfigProperty(name = "academy.issuer.name", defaultValue = "Smart City Manager Akademie") String issuerName,
            @ConfigProperty(name = "academy.issuer.url") Optional<String> issuerUrl,
            @ConfigProperty(name = "academy.issuer.image") Optional<String> issuerImage,
            Clock clock) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.issuerName = issuerName;
        this.issuerUrl = issuerUrl.filter(s -> !s.isBlank()).orElse(this.baseUrl);
        this.issuerImage = issuerImage.filter(s -> !s.isBlank());
        this.keys = new IssuerKeys(Path.of(keysDir), keysFile.filter(s -> !s.isBlank()).map(Path::of));
        this.clock = clock;
        this.integrity = new DataIntegrity(PinnedContexts.application());
        this.schema = new OpenBadgeSchema();
    }

    /** Creates the signing key on first start rather than at the first certificate. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keys.current();
    }

    /** The OB 3.0 credential, schema-checked, with its proof. */
    public String issue(CredentialData data) {
        JsonObject unsigned = Ob3Documents.credential(data, this);
        List<String> problems = schema.problems(unsigned.toString());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("credential does not match the OB 3.0 schema: " + problems);
        }
        return sign(unsigned).toString();
    }

    /** Checks the proof and that it was made with one of the academy's keys; never throws. */
    public VerificationResult verify(String credentialJson) {
        String publicId = null;
        try {
            JsonObject credential = Json.createReader(new StringReader(credentialJson)).readObject();
            Matcher id = CREDENTIAL_ID.matcher(credential.getString("id", ""));
            publicId = id.find() ? id.group(1) : null;
            List<String> problems = new ArrayList<>();
            JsonObject proof = credential.getJsonObject("proof");
            String method = proof == null ? "" : proof.getString("verificationMethod", "");
            Optional<IssuerKeys.Key> key = method.startsWith(did() + "#")
                    ? Optional.ofNullable(keys.all().get(method.substring(did().length() + 1))) : Optional.empty();
            if (proof == null) {
                problems.add("no proof");
            } else if (key.isEmpty()) {
                problems.add("verification method is not a key of " + did() + ": " + method);
            } else if (!"assertionMethod".equals(proof.getString("proofPurpose", ""))) {
                problems.add("proof purpose is not assertionMethod");
            } else if (!integrity.verify(credential, key.get().publicKey())) {
                problems.add("signature does not match the credential");
            }
            if (!did().equals(issuerId(credential))) {
                problems.add("issuer is not " + did());
            }
            return new VerificationResult(problems.isEmpty(), publicId, problems);
        } catch (Exception e) { // bad input of any kind is a verification failure, never an error page
            return VerificationResult.invalid(publicId, "unreadable credential: not an Open Badges 3.0 credential");
        }
    }

    /** The DID document for {@code GET /.well-known/did.json}: every key, current and rotated out. */
    public String didDocument() {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        JsonArrayBuilder assertion = Json.createArrayBuilder();
        keys.all().values().forEach(key -> {
            methods.add(Json.createObjectBuilder()
                    .add("id", did() + "#" + key.id())
                    .add("type", "Multikey")
                    .add("controller", did())
                    .add("publicKeyMultibase", Multibase.ed25519PublicKey(key.rawPublicKey())));
            assertion.add(did() + "#" + key.id());
        });
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1"))
                .add("id", did())
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .build().toString();
    }

    /** The signed BitstringStatusListCredential (purpose revocation) served at the status list URL. */
    public String statusListCredential(BitSet revoked, int length) {
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(PinnedContexts.CREDENTIALS_V2))
                .add("id", statusListUrl())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", did())
                .add("validFrom", timestamp(clock.instant()))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", statusListUrl() + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", StatusListBits.encode(revoked, length)))
                .build();
        return sign(unsigned).toString();
    }

    /** did:web of the base URL: the port colon percent-encoded, path segments joined by ':'. */
    String did() {
        URI uri = URI.create(baseUrl);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + "%3A" + uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "").replace('/', ':');
        return "did:web:" + host + (path.isEmpty() ? "" : ":" + path);
    }

    String credentialId(String publicId) {
        return baseUrl + "/credentials/" + publicId;
    }

    String statusListUrl() {
        return baseUrl + "/api/status-lists/1";
    }

    JsonObjectBuilder issuerProfile() {
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("id", did())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuerName)
                .add("url", issuerUrl);
        issuerImage.ifPresent(image -> profile.add("image",
                Json.createObjectBuilder().add("id", image).add("type", "Image")));
        return profile;
    }

    String endOfDay(java.time.LocalDate day) {
        return timestamp(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
    }

    static String timestamp(java.time.Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private JsonObject sign(JsonObject unsigned) {
        IssuerKeys.Key key = keys.current();
        return integrity.sign(unsigned, key.privateKey().orElseThrow(), did() + "#" + key.id(), clock.instant());
    }

    private static String issuerId(JsonObject credential) {
        return switch (credential.get("issuer").getValueType()) {
            case STRING -> credential.getString("issuer");
            case OBJECT -> credential.getJsonObject("issuer").getString("id", null);
            default -> null;
        };
    }
}
