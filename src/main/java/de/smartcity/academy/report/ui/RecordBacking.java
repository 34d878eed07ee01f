package de.smartcity.academy.report.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.report.boundary.TrainingRecord;
import de.smartcity.academy.report.boundary.TrainingRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A person's printable training record ({@code hr/record.xhtml?person=…}). */
@Named
@RequestScoped
public class RecordBacking {

    @Inject TrainingRecords records;
    @Inject CurrentCaller currentCaller;
    @Inject java.time.Clock clock;

    private Long person;
    private TrainingRecord record;

    /** f:viewAction; an unknown or foreign person ends on the 404 page. */
    public void load() {
        if (person == null) {
            throw new de.smartcity.academy.platform.error.NotFound("Person");
        }
        record = records.of(currentCaller.get(), person);
    }

    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(clock);
    }

    public TrainingRecord getRecord() {
        return record;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }
}
