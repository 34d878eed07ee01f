package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.control.CertificatePdf;
import de.smartcity.academy.certificate.control.CertificatePrint;
import de.smartcity.academy.certificate.control.Credentials;
import de.smartcity.academy.certificate.control.VerificationResult;
import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.certificate.entity.CertificateAudit;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.error.OutOfScope;
import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates for their holders, for verifiers (public, by id) and for trainers and admins
 * (revoke, re-issue; both audited). The record never changes what it attests.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    static final int STATUS_LIST_LENGTH = 131_072;

    @PersistenceContext EntityManager em;
    @Inject Issuing issuing;
    @Inject Credentials credentials;
    @Inject Clock clock;

    @Inject @ConfigProperty(name = "academy.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;
    @Inject @ConfigProperty(name = "academy.issuer.name", defaultValue = "Smart City Manager Akademie")
    String issuerName;
    @Inject @ConfigProperty(name = "academy.certificates.dir", defaultValue = "certificates")
    String certificatesDir;

    private volatile CertificatePdf pdf;

    public Page<CertificateView> mine(@NotNull Caller caller, int page, int size) {
        long total = em.createQuery("select count(c) from Certificate c where c.personId = :person", Long.class)
                .setParameter("person", caller.personId()).getSingleResult();
        List<CertificateView> items = em.createQuery("select c from Certificate c where c.personId = :person"
                        + " order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("person", caller.personId()).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(this::view).toList();
        return new Page<>(items, page, size, total);
    }

    /** Public: what anyone with the id may see (the details printed on the certificate, and its status). */
    public Optional<CertificateView> verification(String publicId) {
        return find(publicId).map(this::view);
    }

    /** Public: checks an uploaded credential's signature and its current status in the academy. */
    public CredentialCheck check(String credentialJson) {
        if (credentialJson == null || credentialJson.isBlank()) {
            throw new InvalidInput("Bitte einen Nachweis (JSON) übergeben. / Please send a credential (JSON).",
                    List.of(new InvalidInput.Violation("credential", "Pflichtfeld / required")));
        }
        requireJsonObject(credentialJson);
        VerificationResult result = credentials.verify(credentialJson);
        CertificateView record = result.publicId() == null ? null : verification(result.publicId()).orElse(null);
        boolean valid = result.valid() && record != null && "VALID".equals(record.status());
        return new CredentialCheck(valid, result.valid(), record, result.problems());
    }

    /** @param signatureValid whether the proof checks out; {@code valid} also needs status VALID */
    public record CredentialCheck(boolean valid, boolean signatureValid, CertificateView certificate,
                                  List<String> problems) implements java.io.Serializable {}

    public String credential(@NotNull Caller caller, String publicId) {
        return readable(caller, publicId).credential();
    }

    public byte[] pdf(@NotNull Caller caller, String publicId, String language) {
        Certificate certificate = readable(caller, publicId);
        return pdfRenderer().render(print(certificate, language), certificate.credential());
    }

    CertificatePrint print(Certificate c, String language) {
        String lang = "en".equals(language) ? "en" : "de";
        return new CertificatePrint(c.publicId(), lang, c.holderName(), CertificateLabels.kind(c.kind(), lang),
                c.achievementTitle(), CertificateLabels.criteria(c.kind(), lang), c.issuedOn(), c.expiresOn(), c.cohortTitle(),
                shortVersions(c.contentVersions()), verifyUrl(c.publicId()));
    }

    public CertificateView revoke(@NotNull Caller caller, String publicId, String reason) {
        Certificate certificate = manageable(caller, publicId);
        requireReason(reason);
        certificate.revoke(caller.username(), reason.strip(), clock.instant());
        em.persist(new CertificateAudit(publicId, "REVOKED", caller.username(), reason.strip(), clock.instant()));
        return view(certificate);
    }

    /** Corrects a certificate (e.g. the holder's name): a new one supersedes it, both are kept. */
    public CertificateView reissue(@NotNull Caller caller, String publicId, String holderName, String reason) {
        Certificate old = manageable(caller, publicId);
        requireReason(reason);
        String name = holderName == null || holderName.isBlank() ? old.holderName() : holderName.strip();
        if (name.length() > 200) {
            throw new InvalidInput("Der Name ist zu lang. / The name is too long.",
                    List.of(new InvalidInput.Violation("holderName", "höchstens 200 Zeichen / at most 200 characters")));
        }
        Certificate next = old.reissue(PublicIds.next(), name, reason.strip(), clock.instant(), LocalDate.now(clock));
        issuing.sign(next, null, caller.username(), "REISSUED", reason.strip());
        em.persist(new CertificateAudit(publicId, "SUPERSEDED", caller.username(), reason.strip(), clock.instant()));
        return view(next);
    }

    /** The revocation list: bit n set = certificate with status index n revoked. */
    public String statusList() {
        BitSet revoked = new BitSet();
        em.createQuery("select c.id from Certificate c where c.revokedAt is not null", Long.class)
                .getResultStream().forEach(id -> revoked.set(id.intValue()));
        return credentials.statusListCredential(revoked, Math.max(STATUS_LIST_LENGTH, revoked.length()));
    }

    String verifyUrl(String publicId) {
        return baseUrl.replaceAll("/$", "") + "/verify/" + publicId;
    }

    CertificateView view(Certificate c) {
        return CertificateView.of(c, LocalDate.now(clock), issuerName, verifyUrl(c.publicId()));
    }

    Optional<Certificate> find(String publicId) {
        if (publicId == null || !publicId.matches("[0-9A-Z]{6,32}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Certificate.BY_PUBLIC_ID, Certificate.class).setParameter("publicId", publicId)
                .getResultStream().findFirst();
    }

    /** The holder, admins, HR of the holder's organisation, and trainers may read a certificate's files. */
    private Certificate readable(Caller caller, String publicId) {
        Certificate certificate = find(publicId).orElseThrow(() -> new NotFound("Zertifikat"));
        boolean own = certificate.personId() != null && certificate.personId() == caller.personId();
        if (own || caller.has(Role.ADMIN) || trainsHolder(caller, certificate) || coveredByHr(caller, certificate)) {
            return certificate;
        }
        throw new NotFound("Zertifikat");
    }

    private boolean coveredByHr(Caller caller, Certificate certificate) {
        if (!caller.has(Role.HR) || certificate.personId() == null) {
            return false;
        }
        Person person = em.find(Person.class, certificate.personId());
        return person != null && caller.covers(person.organisation().path());
    }

    /** Admins manage every certificate, trainers those of the people in the cohorts they run. */
    private Certificate manageable(Caller caller, String publicId) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.TRAINER)) {
            throw new OutOfScope();
        }
        Certificate certificate = find(publicId).orElseThrow(() -> new NotFound("Zertifikat"));
        if (!caller.has(Role.ADMIN) && !trainsHolder(caller, certificate)) {
            throw new NotFound("Zertifikat");
        }
        return certificate;
    }

    /** Whether the certificate was issued for, or its holder takes part in, a cohort the caller runs as trainer. */
    private boolean trainsHolder(Caller caller, Certificate certificate) {
        if (!caller.has(Role.TRAINER)) {
            return false;
        }
        return em.createQuery("select count(c) from Cohort c join c.trainerIds t where t = :trainer and (c.id = :cohort"
                        + " or exists (select p from Participant p where p.cohortId = c.id and p.personId = :holder))", Long.class)
                .setParameter("trainer", caller.personId())
                .setParameter("cohort", certificate.cohortId() == null ? -1L : certificate.cohortId())
                .setParameter("holder", certificate.personId() == null ? -1L : certificate.personId())
                .getSingleResult() > 0;
    }

    /** Anything but a JSON object cannot be a credential: a client error, not a failed check. */
    private static void requireJsonObject(String credentialJson) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(credentialJson))) {
            reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw new InvalidInput("Der Nachweis ist kein JSON-Objekt. / The credential is not a JSON object.",
                    List.of(new InvalidInput.Violation("credential", "JSON-Objekt erwartet / JSON object expected")));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInput("Bitte eine Begründung angeben (höchstens 1000 Zeichen). / Please give a reason.",
                    List.of(new InvalidInput.Violation("reason", "1–1000 Zeichen / characters")));
        }
    }

    private static String shortVersions(String versions) {
        return versions == null ? null : versions.replaceAll("urn:smartcity-academy:course:", "")
                .replaceAll("=([0-9a-f]{12})[0-9a-f]+", "=$1");
    }

    CertificatePdf pdfRenderer() {
        if (pdf == null) {
            pdf = new CertificatePdf(Path.of(certificatesDir));
        }
        return pdf;
    }
}
