package de.smartcity.academy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HstsTest {

    @Test
    void byDefaultOnlyRequestsOverTlsGetTheHeader() {
        Hsts hsts = new Hsts(Hsts.Mode.TLS, 31_536_000);
        assertThat(hsts.header(true)).hasValue("max-age=31536000; includeSubDomains");
        assertThat(hsts.header(false)).isEmpty();
    }

    @Test
    void behindATlsProxyItCanBeSentAlwaysOrSwitchedOff() {
        assertThat(new Hsts(Hsts.Mode.ALWAYS, 600).header(false)).hasValue("max-age=600; includeSubDomains");
        assertThat(new Hsts(Hsts.Mode.OFF, 600).header(true)).isEmpty();
    }
}
