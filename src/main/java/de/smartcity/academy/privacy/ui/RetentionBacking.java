package de.smartcity.academy.privacy.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.privacy.boundary.Erasure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code admin/retention.xhtml}: the people whose retention period is over (the first 200, oldest trace first). */
@Named
@RequestScoped
public class RetentionBacking {

    private static final int SHOWN = 200;

    @Inject Erasure erasure;
    @Inject CurrentCaller currentCaller;

    private Page<Erasure.Due> due;

    public Page<Erasure.Due> getDue() {
        if (due == null) {
            due = erasure.pastRetention(currentCaller.get(), 0, SHOWN);
        }
        return due;
    }

    public int getMonths() {
        return erasure.retentionMonths();
    }
}
