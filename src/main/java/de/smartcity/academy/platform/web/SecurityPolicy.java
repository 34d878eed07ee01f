package de.smartcity.academy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The Content Security Policy of Faces pages, for {@code primefaces.CSP_POLICY} in web.xml. */
@Named
@ApplicationScoped
public class SecurityPolicy {

    public String getPages() {
        return SecurityHeaders.PAGE_POLICY;
    }
}
