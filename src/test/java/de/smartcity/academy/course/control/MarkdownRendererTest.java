package de.smartcity.academy.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.course.control.MarkdownRenderer.HeadingReference;
import de.smartcity.academy.course.control.MarkdownRenderer.ImageReference;
import de.smartcity.academy.course.control.MarkdownRenderer.Rendered;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void rendersHeadingsAndTables() {
        Rendered rendered = MarkdownRenderer.render("""
                ## Überblick

                | Sensor | Kosten |
                | :--- | ---: |
                | Boden | 120 € |

                ### Details *wichtig*
                """, 6);

        assertThat(rendered.html())
                .contains("<h2>Überblick</h2>", "<h3>Details <em>wichtig</em></h3>")
                .contains("<table><thead><tr><th align=\"left\">Sensor</th><th align=\"right\">Kosten</th></tr></thead>")
                .contains("<td align=\"right\">120 €</td>");
        assertThat(rendered.headings()).containsExactly(
                new HeadingReference(2, "Überblick", 6), new HeadingReference(3, "Details wichtig", 12));
    }

    @Test
    void keepsNoFirstLevelHeadingBecauseTheLessonTitleIsOne() {
        assertThat(MarkdownRenderer.render("# Titel", 1).html()).doesNotContain("<h1").contains("Titel");
    }

    @Test
    void reportsImagesWithTheirFileLine() {
        Rendered rendered = MarkdownRenderer.render("Text\n\n![Plan der Stadt](assets/plan.svg)", 10);

        assertThat(rendered.images()).containsExactly(new ImageReference("assets/plan.svg", "Plan der Stadt", 12));
        assertThat(rendered.html()).contains("<img src=\"assets/plan.svg\" alt=\"Plan der Stadt\" />");
    }

    @Test
    void allowsOnlyWebAndMailLinksAndMarksThem() {
        String html = MarkdownRenderer.render(
                "[a](https://example.org) [b](mailto:a@example.org) [c](JaVaScRiPt:alert(1)) [d](data:text/html,x)"
                        + " <javascript:alert(1)> [e](vbscript:x)", 1).html();

        assertThat(html)
                .containsPattern("<a href=\"https://example.org\" rel=\"(noreferrer noopener|noopener noreferrer)\">a</a>")
                .containsPattern("<a href=\"mailto:a&#64;example.org\" rel=\"(noreferrer noopener|noopener noreferrer)\">b</a>")
                .doesNotContainPattern("href=\"(?!https?:|mailto:)").containsOnlyOnce("<a href=\"https:")
                .contains(" c d javascript:alert(1) e");
    }

    @Test
    void dropsRawHtml() {
        String html = MarkdownRenderer.render("""
                <script>alert(1)</script>

                <div onclick="alert(1)">Text</div>

                Ein <b onmouseover="alert(1)">Satz</b> mit <iframe src="https://evil.example"></iframe> Rest.
                <img src="assets/x.svg" alt="x" onerror="alert(1)">
                """, 1).html();

        assertThat(html).doesNotContain("script", "alert", "<div", "<b", "<iframe", "<img").contains("Satz", "Rest.");
    }

    @Test
    void dropsImagesFromOutsideTheAssetsFolder() {
        String html = MarkdownRenderer.render("![a](https://evil.example/x.png) ![b](/etc/x.png)", 1).html();

        assertThat(html).doesNotContain("<img");
    }
}
