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

    public static WebArchive academy() {
        File war = new File(System.getProperty("academy.war", "target/academy.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
