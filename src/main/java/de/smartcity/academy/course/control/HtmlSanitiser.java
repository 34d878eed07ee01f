package de.smartcity.academy.course.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last line of defence for lesson HTML, because course authors are not trusted: only text
 * formatting survives; links only to http, https and mailto; images only from the course's assets.
 */
final class HtmlSanitiser {

    private static final Pattern ASSET = Pattern.compile("assets(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Pattern LINK = Pattern.compile("(?i)(https?:|mailto:).*");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]+");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonInlineFormattingElements()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowElements("a")
            .allowAttributes("href").matching(LINK).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowElements((name, attributes) -> attributes.contains("src") && attributes.contains("alt") ? name : null,
                    "img")
            .allowAttributes("src").matching(ASSET).onElements("img")
            .allowAttributes("alt").onElements("img")
            .toFactory();

    private HtmlSanitiser() {}

    static String sanitise(String html) {
        return POLICY.sanitize(html);
    }
}
