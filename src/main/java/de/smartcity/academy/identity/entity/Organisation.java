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

/**
 * A node of the organisation tree (Bund → Land → Kreis → Gemeinde → Amt). The materialised
 * {@code path} ("/1/4/9/") makes "this organisation and everything below it" one indexed prefix
 * query, which is what every scope check and report needs.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_NAME, query = "select o from Organisation o where o.name = :name")
public class Organisation {

    public static final String BY_NAME = "Organisation.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(nullable = false, length = 1000)
    private String path;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(String name, OrganisationKind kind, Organisation parent) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.path = "/pending/";
    }

    /** Sets the path once the id is known; called right after the first flush. */
    public void assignPath() {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public boolean isWithin(Organisation ancestor) {
        return path.startsWith(ancestor.path);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Organisation parent() {
        return parent;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
