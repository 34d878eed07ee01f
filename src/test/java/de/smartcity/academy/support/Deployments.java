package de.smartcity.academy.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all integration tests share: the WAR that {@code mvn package} built, exactly
 * as it ships, deployed at the root context like in production.
 */
public final class Deployments {

    private Deployments() {}

    /**
     * The base URL on loopback: Payara Micro reports the machine's own address, but tests must
     * only ever talk to 127.0.0.1.
     */
    public static java.net.URI local(java.net.URL reported) {
        return java.net.URI.create("http://localhost:" + reported.getPort() + reported.getPath());
    }

    /** The WAR plus test-only endpoints that let time pass ({@link CertificateDates}); never shipped. */
    public static WebArchive academyWithTestSupport() {
        return academy().addClass(CertificateDates.class);
    }

    public static WebArchive academy() {
        File war = new File(System.getProperty("academy.war", "target/academy.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
