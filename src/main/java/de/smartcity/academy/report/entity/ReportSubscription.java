package de.smartcity.academy.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An HR officer's monthly completion report by e-mail. The mail carries a link, never the data;
 * the link needs the subscriber's login and expires. Only the hash of the link's token is stored.
 * Due subscriptions are claimed by moving {@code nextRunOn} with an optimistic lock, so with
 * several nodes each report is sent once.
 */
@Entity
@Table(name = "report_subscription")
public class ReportSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(nullable = false, length = 2000, updatable = false)
    private String filters;

    @Column(name = "next_run_on", nullable = false)
    private LocalDate nextRunOn;

    @Column(name = "link_token_hash", length = 64)
    private String linkTokenHash;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReportSubscription() {}

    public ReportSubscription(String username, String filters, LocalDate firstRunOn, Instant createdAt) {
        this.username = username;
        this.filters = filters;
        this.nextRunOn = firstRunOn;
        this.createdAt = createdAt;
    }

    /** Marks this month's report as sent and the new link as valid until {@code expiresAt}. */
    public void sent(LocalDate nextRun, String tokenHash, Instant expiresAt) {
        this.nextRunOn = nextRun;
        this.linkTokenHash = tokenHash;
        this.linkExpiresAt = expiresAt;
    }

    public boolean linkValid(String tokenHash, Instant now) {
        return linkTokenHash != null && linkTokenHash.equals(tokenHash) && now.isBefore(linkExpiresAt);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String filters() {
        return filters;
    }

    public LocalDate nextRunOn() {
        return nextRunOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
