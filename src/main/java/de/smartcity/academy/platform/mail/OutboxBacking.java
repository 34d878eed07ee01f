package de.smartcity.academy.platform.mail;

import de.smartcity.academy.platform.error.OutOfScope;
import de.smartcity.academy.platform.web.LanguageSelection;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The mail outbox for administrators ({@code admin/outbox.xhtml}): every mail, newest first, with
 * its text. web.xml already limits {@code /admin/*} to ADMIN; the check here keeps it so should
 * the page ever move.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    @Inject Outbox outbox;
    @Inject MailSettings settings;
    @Inject LanguageSelection language;
    @Inject Clock clock;

    private PagedModel<OutboxEntry> model;

    @PostConstruct
    void init() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            throw new OutOfScope();
        }
        model = new RowsById((page, size) -> outbox.page(page, size));
    }

    /** PrimeFaces needs a row key to expand a row of a lazy table: the mail's id. */
    static final class RowsById extends PagedModel<OutboxEntry> {

        RowsById(Loader<OutboxEntry> loader) {
            super(loader);
        }

        @Override
        public String getRowKey(OutboxEntry mail) {
            return String.valueOf(mail.id());
        }

        @Override
        public OutboxEntry getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(mail -> String.valueOf(mail.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public PagedModel<OutboxEntry> getModel() {
        return model;
    }

    /** Whether mails are only kept here (demo mode) instead of being sent. */
    public boolean isOutboxMode() {
        return settings.mode() == MailSettings.Mode.OUTBOX;
    }

    public String getServer() {
        return settings.server();
    }

    public String dateTime(Instant at) {
        return at == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(at.atZone(clock.getZone()));
    }
}
