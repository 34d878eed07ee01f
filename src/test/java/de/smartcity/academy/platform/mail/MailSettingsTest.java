package de.smartcity.academy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Demo mode keeps mails in the outbox unless SMTP is asked for; a typo never sends. */
class MailSettingsTest {

    @Test
    void modeFollowsDemoUnlessConfigured() {
        assertThat(settings(null, true).mode()).isEqualTo(MailSettings.Mode.OUTBOX);
        assertThat(settings(null, false).mode()).isEqualTo(MailSettings.Mode.SMTP);
        assertThat(settings("SMTP ", true).mode()).isEqualTo(MailSettings.Mode.SMTP);
        assertThat(settings("outbox", false).mode()).isEqualTo(MailSettings.Mode.OUTBOX);
        assertThat(settings("smpt", false).mode()).isEqualTo(MailSettings.Mode.OUTBOX);
    }

    @Test
    void pollingIsAsOftenAsTheFirstRetryButAtLeastEveryThirtySeconds() {
        MailSettings settings = settings(null, false);
        settings.retrySeconds = 60;
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        settings.retrySeconds = 2;
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.firstRetry()).isEqualTo(Duration.ofSeconds(2));
    }

    private static MailSettings settings(String mode, boolean demo) {
        MailSettings settings = new MailSettings();
        settings.mode = Optional.ofNullable(mode);
        settings.demo = demo;
        return settings;
    }
}
