package de.smartcity.academy.training.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.training.boundary.MyTraining;
import de.smartcity.academy.training.boundary.MyTrainingEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The mandatory training section of the learner's dashboard. */
@Named
@RequestScoped
public class MyTrainingBacking {

    private static final int SHOWN = 50;

    @Inject MyTraining training;
    @Inject CurrentCaller currentCaller;

    private List<MyTrainingEntry> entries;

    public List<MyTrainingEntry> getEntries() {
        if (entries == null) {
            entries = training.mine(currentCaller.get(), 0, SHOWN).items();
        }
        return entries;
    }
}
