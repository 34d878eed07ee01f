package de.smartcity.academy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A member of staff. The work e-mail is unique (stored lower-case) and is how imports and the
 * video-conference attendance lists find a person again.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "select p from Person p where p.email = :email")
public class Person {

    public static final String BY_EMAIL = "Person.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Version
    private long version;

    protected Person() {}

    public Person(String givenName, String familyName, String email, Organisation organisation, Language language) {
        update(givenName, familyName, email, organisation, language);
    }

    public final void update(String givenName, String familyName, String email,
                             Organisation organisation, Language language) {
        this.givenName = givenName.strip();
        this.familyName = familyName.strip();
        this.email = normaliseEmail(email);
        this.organisation = organisation;
        this.language = language;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String displayName() {
        return displayName(givenName, familyName);
    }

    public static String displayName(String givenName, String familyName) {
        return givenName + " " + familyName;
    }

    public String email() {
        return email;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Language language() {
        return language;
    }
}
