package de.smartcity.academy.identity.control;

import de.smartcity.academy.identity.entity.OrganisationKind;
import de.smartcity.academy.identity.entity.Role;
import java.util.List;
import java.util.Set;

/**
 * The demo organisation tree and people. The five named accounts are a contract (README,
 * {@code shared/CONTRACT.md}); the other people make lists and reports worth looking at.
 */
public final class DemoPeople {

    public static final String PASSWORD = "academy-demo";

    /** @param parent name of the parent organisation, null for the root */
    public record Org(String name, OrganisationKind kind, String parent) {}

    /** @param username null for people without a login; scope: organisation name for HR/admin */
    public record Staff(String givenName, String familyName, String email, String organisation,
                        String language, String username, Set<Role> roles, String scope) {}

    public static final String ROOT = "Bundesrepublik Deutschland";
    public static final String MUSTERSTADT = "Stadt Musterstadt";
    public static final String BEISPIELKREIS = "Landkreis Beispielkreis";
    public static final String ACADEMY = "Smart City Akademie (Programmträger)";

    public static final List<Org> ORGANISATIONS = List.of(
            new Org(ROOT, OrganisationKind.FEDERAL, null),
            new Org(ACADEMY, OrganisationKind.ORG_UNIT, ROOT),
            new Org("Land Musterland", OrganisationKind.LAND, ROOT),
            new Org(MUSTERSTADT, OrganisationKind.MUNICIPALITY, "Land Musterland"),
            new Org("Amt für Digitalisierung (Musterstadt)", OrganisationKind.ORG_UNIT, MUSTERSTADT),
            new Org("Hauptamt (Musterstadt)", OrganisationKind.ORG_UNIT, MUSTERSTADT),
            new Org("Bauamt (Musterstadt)", OrganisationKind.ORG_UNIT, MUSTERSTADT),
            new Org("Personalamt (Musterstadt)", OrganisationKind.ORG_UNIT, MUSTERSTADT),
            new Org(BEISPIELKREIS, OrganisationKind.DISTRICT, "Land Musterland"),
            new Org("Amt für Digitalisierung (Beispielkreis)", OrganisationKind.ORG_UNIT, BEISPIELKREIS),
            new Org("Hauptamt (Beispielkreis)", OrganisationKind.ORG_UNIT, BEISPIELKREIS),
            new Org("Gemeinde Beispieldorf", OrganisationKind.MUNICIPALITY, BEISPIELKREIS),
            new Org("Bürgerbüro (Beispieldorf)", OrganisationKind.ORG_UNIT, "Gemeinde Beispieldorf"));

    public static final List<Staff> STAFF = List.of(
            new Staff("Lena", "Lehmann", "lena.lehmann@musterstadt.example", "Amt für Digitalisierung (Musterstadt)",
                    "de", "learner", Set.of(Role.LEARNER), null),
            new Staff("Tobias", "Traut", "tobias.traut@akademie.example", ACADEMY,
                    "de", "trainer", Set.of(Role.TRAINER, Role.LEARNER), null),
            new Staff("Hanna", "Hoffmann", "hanna.hoffmann@musterstadt.example", "Personalamt (Musterstadt)",
                    "de", "hr-musterstadt", Set.of(Role.HR, Role.LEARNER), MUSTERSTADT),
            new Staff("Bernd", "Becker", "bernd.becker@beispielkreis.example", "Hauptamt (Beispielkreis)",
                    "de", "hr-beispielkreis", Set.of(Role.HR, Role.LEARNER), BEISPIELKREIS),
            new Staff("Anna", "Albrecht", "anna.albrecht@akademie.example", ACADEMY,
                    "en", "admin", Set.of(Role.ADMIN), ROOT),
            new Staff("Jonas", "Schmidt", "jonas.schmidt@musterstadt.example", "Amt für Digitalisierung (Musterstadt)",
                    "de", null, Set.of(), null),
            new Staff("Aylin", "Demir", "aylin.demir@musterstadt.example", "Hauptamt (Musterstadt)",
                    "de", null, Set.of(), null),
            new Staff("Peter", "Müller", "peter.mueller@musterstadt.example", "Bauamt (Musterstadt)",
                    "de", null, Set.of(), null),
            new Staff("Sophie", "Weiß", "sophie.weiss@musterstadt.example", "Bauamt (Musterstadt)",
                    "en", null, Set.of(), null),
            new Staff("Jürgen", "Köhler", "juergen.koehler@musterstadt.example", "Personalamt (Musterstadt)",
                    "de", null, Set.of(), null),
            new Staff("Katrin", "Vogel", "katrin.vogel@beispielkreis.example", "Amt für Digitalisierung (Beispielkreis)",
                    "de", null, Set.of(), null),
            new Staff("Mehmet", "Yılmaz", "mehmet.yilmaz@beispielkreis.example", "Hauptamt (Beispielkreis)",
                    "de", null, Set.of(), null),
            new Staff("Greta", "Öztürk", "greta.oeztuerk@beispieldorf.example", "Bürgerbüro (Beispieldorf)",
                    "de", null, Set.of(), null),
            new Staff("Felix", "Brandt", "felix.brandt@beispieldorf.example", "Bürgerbüro (Beispieldorf)",
                    "en", null, Set.of(), null));

    private DemoPeople() {}
}
