package de.smartcity.academy.certificate.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 11, 23);

    @Test
    void remindsAtNinetyThirtyAndSevenDaysEachOnce() {
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(91), EXPIRY, null)).isEmpty();
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(90), EXPIRY, null)).contains(90);
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(60), EXPIRY, 90)).isEmpty();
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(30), EXPIRY, 90)).contains(30);
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(7), EXPIRY, 30)).contains(7);
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(3), EXPIRY, 7)).isEmpty();
    }

    @Test
    void aServerThatWasDownCatchesUpWithTheNearestReminderOnly() {
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(20), EXPIRY, null)).contains(30);
        assertThat(ExpiryReminders.due(EXPIRY.minusDays(5), EXPIRY, null)).contains(7);
        assertThat(ExpiryReminders.due(EXPIRY.plusDays(1), EXPIRY, null)).isEmpty();
    }
}
