package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.course.ExamSection;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The study summary in Markdown, HTML and PDF, each read back with a real parser and counted against the graph. */
class SummaryExportTest {
    private static final List<List<String>> MUST_COMPARE = List.of(
            List.of("batch-inference", "streaming-inference", "real-time-inference"),
            List.of("pay-per-token", "provisioned-throughput"),
            List.of("custom-model", "foundation-model", "external-model"),
            List.of("profile-metrics", "drift-metrics"),
            List.of("deploy-code", "deploy-models"),
            List.of("direct-separation", "indirect-separation"));

    @Test
    void markdownHasEveryConceptInCourseOrderWithItsFields() {
        StudyGuide guide = Exports.guide();
        Node doc = Parser.builder().build().parse(SummaryMarkdown.render(guide));
        List<String> conceptHeadings = new ArrayList<>();
        List<String> sectionHeadings = new ArrayList<>();
        List<String> links = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Heading heading) {
                if (heading.getLevel() == 4) conceptHeadings.add(text(heading));
                if (heading.getLevel() == 3 && text(heading).startsWith("Sección ")) sectionHeadings.add(text(heading));
                visitChildren(heading);
            }
            @Override public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        assertEquals(Exports.concepts().size(), conceptHeadings.size(), "one heading per concept of the graph");
        List<String> expected = guide.cards().stream()
                .map(c -> ExportText.bilingual(c.concept().label(), c.concept().labelEn())).toList();
        assertEquals(expected, conceptHeadings, "course order, Spanish name with the English one");
        assertEquals(guide.exam().size(), sectionHeadings.size());
        for (ExamSection s : guide.exam()) {
            assertTrue(sectionHeadings.stream().anyMatch(h -> h.startsWith("Sección " + s.number() + ":") && h.endsWith(s.weight() + " %")));
        }
        Set<String> anchors = anchors(SummaryMarkdown.render(guide));
        links.stream().filter(l -> l.startsWith("#")).forEach(l -> assertTrue(anchors.contains(l.substring(1)), "anchor exists: " + l));
        String md = SummaryMarkdown.render(guide);
        Card pyfunc = guide.bySlug().get("pyfunc");
        for (String field : List.of("**Qué es:**", "**Cómo lo define Databricks:**", "**Ejemplo:**", "**Consejo de examen:**",
                "**Relaciones:**", "**Fuentes:**", "## Índice", "## Glosario español ↔ inglés", "## Chuleta")) {
            assertTrue(md.contains(field), field);
        }
        assertTrue(md.contains(pyfunc.fuentes().get(0)));
        String glossary = md.substring(md.indexOf("### Español → inglés"), md.indexOf("### Inglés → español"));
        long glossaryLines = glossary.lines().filter(l -> l.startsWith("- **[") && l.contains("](#c-") && l.contains("** — ")).count();
        assertEquals(Exports.concepts().size(), glossaryLines, "glossary Spanish → English has every concept");
    }

    @Test
    void distinctionsAreLookAlikePairsOfTheGraphMostTestedFirst() {
        List<CheatSheet.Distinction> distinctions = Exports.guide().distinctions();
        assertFalse(distinctions.isEmpty());
        for (CheatSheet.Distinction d : distinctions) {
            assertTrue(d.a().trampas().contains(d.b().concept()) || d.b().trampas().contains(d.a().concept()),
                    d.a().concept().slug() + " / " + d.b().concept().slug() + " are marked gd:seConfundeCon");
            assertFalse(CheatSheet.line(d.a()).isBlank());
        }
        for (int i = 1; i < distinctions.size(); i++) {
            assertTrue(distinctions.get(i - 1).questions() >= distinctions.get(i).questions(), "most tested first");
        }
    }

    @Test
    void htmlIsWellFormedWithOneArticlePerConceptAndWorkingLinks() throws Exception {
        String html = SummaryHtml.render(Exports.guide());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        NodeList articles = doc.getElementsByTagName("article");
        assertEquals(Exports.concepts().size(), articles.getLength());
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) assertTrue(ids.add(id), "unique id " + id);
        }
        NodeList anchors = doc.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            String href = ((Element) anchors.item(i)).getAttribute("href");
            if (href.startsWith("#")) assertTrue(ids.contains(href.substring(1)), "link target exists: " + href);
        }
        Set<String> slugs = Exports.concepts().stream().map(c -> "c-" + c.slug()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(slugs));
        assertTrue(html.contains("@page") && html.contains("@media print"), "print styles");
    }

    @Test
    void pdfEmbedsItsFontAndKeepsSpanishText() throws Exception {
        StudyGuide guide = Exports.guide();
        byte[] pdf = SummaryPdf.render(guide);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String word : List.of("Métodos de despliegue", "Inferencia en tiempo real", "Qué es", "Sección", "español", "¿")) {
                assertTrue(text.contains(word), "PDF text has «" + word + "»");
            }
            for (ConceptRef c : Exports.concepts()) {
                assertTrue(squash(text).contains(squash(c.label())), "PDF has " + c.label());
            }
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "embedded font " + font.getName());
                    assertTrue(font.getName().contains("LiberationSans"), font.getName());
                }
            }
            // The distinctions close the summary, on one page: the page with their title also has their last pair.
            CheatSheet.Distinction last = guide.distinctions().get(guide.distinctions().size() - 1);
            String titled = null;
            for (int p = doc.getNumberOfPages(); p >= Math.max(1, doc.getNumberOfPages() - 2) && titled == null; p--) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                if (page.contains("Chuleta: las distinciones más preguntadas")) titled = page;
            }
            assertTrue(titled != null, "distinctions at the end");
            assertTrue(squash(titled).contains(squash(last.b().concept().label())), "all distinctions on one page");
            // Every topic's diagram is drawn in the PDF: one picture per topic.
            int pictures = 0;
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) pictures++;
                }
            }
            assertEquals(guide.diagrams().size(), pictures, "one diagram per topic in the PDF");
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Set<String> anchors(String md) {
        Set<String> ids = new HashSet<>();
        var m = java.util.regex.Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(md);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }
}
