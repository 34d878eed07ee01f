package de.smartcity.academy.course.control;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders a lesson body (CommonMark with GitHub tables) to sanitised HTML and reports what the checks need. */
final class MarkdownRenderer {

    /** An image of the lesson; {@code line} is the file line. */
    record ImageReference(String source, String alt, int line) {}

    /** A heading of the lesson; {@code line} is the file line. */
    record HeadingReference(int level, String text, int line) {}

    record Rendered(String html, List<HeadingReference> headings, List<ImageReference> images) {}

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    // Raw HTML is removed from the tree and would be escaped here; the sanitiser guards against the rest.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRenderer() {}

    /** @param firstLine the file line the body starts on */
    static Rendered render(String markdown, int firstLine) {
        Node document = PARSER.parse(markdown);
        removeRawHtml(document);
        List<HeadingReference> headings = new ArrayList<>();
        List<ImageReference> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(new HeadingReference(heading.getLevel(), text(heading).strip(), line(heading, firstLine)));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                images.add(new ImageReference(image.getDestination(), text(image).strip(), line(image, firstLine)));
            }
        });
        return new Rendered(HtmlSanitiser.sanitise(RENDERER.render(document)), headings, images);
    }

    private static void removeRawHtml(Node document) {
        List<Node> raw = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                raw.add(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                raw.add(inline);
            }
        });
        raw.forEach(Node::unlink);
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }
        });
        return text.toString();
    }

    private static int line(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? firstLine : node.getSourceSpans().get(0).getLineIndex() + firstLine;
    }
}
