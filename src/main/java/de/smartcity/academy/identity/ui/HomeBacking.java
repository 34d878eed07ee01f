package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The role home pages ({@code learner/}, {@code trainer/}, {@code hr/}, {@code admin/index.xhtml}). */
@Named
@RequestScoped
public class HomeBacking {

    @Inject CurrentCaller currentCaller;

    public Caller getCaller() {
        return currentCaller.get();
    }
}
