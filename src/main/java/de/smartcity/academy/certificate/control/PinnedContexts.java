package de.smartcity.academy.certificate.control;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the JSON-LD contexts the academy signs with from copies inside the application. Anything else fails:
 * a context fetched at run time could change what a signed credential means.
 */
final class PinnedContexts implements DocumentLoader {

    static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static final Map<String, String> APPLICATION = Map.of(
            CREDENTIALS_V2, "/jsonld/credentials-v2.jsonld",
            OPEN_BADGES_V3, "/jsonld/ob-context-3.0.3.json");

    private final Map<String, String> resources;
    private final Map<String, Document> cache = new ConcurrentHashMap<>();

    private PinnedContexts(Map<String, String> resources) {
        this.resources = resources;
    }

    /** The contexts credentials issued by the academy use. */
    static PinnedContexts application() {
        return new PinnedContexts(APPLICATION);
    }

    /** Further pinned contexts (classpath resources by URL), e.g. the examples context of the W3C test vectors. */
    static PinnedContexts with(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(APPLICATION);
        all.putAll(more);
        return new PinnedContexts(Map.copyOf(all));
    }

    /**
     * The OB 3.0.3 context protects its top-level terms and then redefines {@code image} in the type-scoped contexts
     * of Profile and AchievementSubject; Titanium rejects that as a protected term redefinition. Dropping the
     * top-level {@code @protected} flag (the pinned file itself stays byte-identical to 1EdTech's) yields the same
     * term mappings that processors accepting the context use, so the canonical N-Quads are unchanged.
     */
    static jakarta.json.JsonObject withoutTopLevelProtection(JsonDocument document) {
        jakarta.json.JsonObject root = document.getJsonContent().orElseThrow().asJsonObject();
        jakarta.json.JsonObjectBuilder context = jakarta.json.Json.createObjectBuilder(root.getJsonObject("@context"));
        context.remove("@protected");
        return jakarta.json.Json.createObjectBuilder(root).add("@context", context).build();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = resources.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "context " + url + " is not pinned in the application");
        }
        Document cached = cache.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = PinnedContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "missing resource " + resource);
            }
            JsonDocument document = url.toString().equals(OPEN_BADGES_V3)
                    ? JsonDocument.of(withoutTopLevelProtection(JsonDocument.of(in))) : JsonDocument.of(in);
            document.setDocumentUrl(url);
            cache.put(resource, document);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
        }
    }
}
