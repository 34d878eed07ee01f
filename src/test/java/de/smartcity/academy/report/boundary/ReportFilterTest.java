package de.smartcity.academy.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFilterTest {

    @Test
    void filtersSurviveTheTripThroughAStoredQueryString() {
        ReportFilter filter = new ReportFilter(42L, "informationssicherheit", null, "ki", 7L, "OVERDUE", "2026-01-01",
                "2026-12-31");

        assertThat(ReportFilter.fromQuery(filter.toQuery())).isEqualTo(filter);
    }

    @Test
    void emptyFiltersLeaveNoTraceAndSpecialCharactersAreEncoded() {
        assertThat(ReportFilter.NONE.toQuery()).isEmpty();
        ReportFilter odd = new ReportFilter(null, "a&b=c", null, null, null, null, null, null);

        assertThat(odd.toQuery()).isEqualTo("course=a%26b%3Dc");
        assertThat(ReportFilter.fromQuery(odd.toQuery())).isEqualTo(odd);
    }
}
