package de.smartcity.academy.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A program (e.g. Smart City Manager): which courses it requires, and its attendance rule, as JSON. */
@Entity
@Table(name = "program")
@NamedQuery(name = Program.BY_IRI, query = "select p from Program p where p.iri = :iri")
public class Program {

    public static final String BY_IRI = "Program.byIri";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300, unique = true)
    private String iri;

    @Column(nullable = false, length = 100)
    private String slug;

    @Column(name = "title_de", nullable = false, length = 300)
    private String titleDe;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Program() {}

    public Program(String iri) {
        this.iri = iri;
    }

    public void define(String slug, String titleDe, String definitionJson, Instant now) {
        this.slug = slug;
        this.titleDe = titleDe;
        this.definition = definitionJson;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String iri() {
        return iri;
    }

    public String slug() {
        return slug;
    }

    public String titleDe() {
        return titleDe;
    }

    public String definition() {
        return definition;
    }
}
