package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.FixtureGraph;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.course.Outline;
import dev.explorador.error.BadRequestException;
import dev.explorador.story.Story;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The three editions: stories first, comparison tables from the ontology, a diagram per topic, and the printed
 * page budgets (esencial at most 30 pages, chuleta at most 4), measured on the PDF of the real graph.
 */
class EditionsTest {
    private static StudyGuide fixtureGuide;

    private static synchronized StudyGuide fixture() {
        if (fixtureGuide == null) fixtureGuide = StudyGuide.build(FixtureGraph.explorer());
        return fixtureGuide;
    }

    @Test
    void everySummaryOpensModulesAndTopicsOnTheirStoryWithTheNamedConceptsLinked() {
        StudyGuide guide = fixture();
        Outline.Module m1 = guide.modules().get(0);
        Story story = guide.story(m1.iri()).orElseThrow();
        Story.Part linked = story.partes().stream().filter(p -> p.concepto() != null).findFirst().orElseThrow();
        for (Edition e : new Edition[] {Edition.completo, Edition.esencial}) {
            String md = SummaryMarkdown.render(guide, e);
            String html = SummaryHtml.render(guide, e, SummaryHtml.Pictures.svg);
            int firstConcept = md.indexOf("<a id=\"c-" + m1.topics().get(0).cards().get(0).concept().slug() + "\">");
            int idea = md.indexOf("**La idea.**");
            assertTrue(idea > 0 && idea < firstConcept, e + ": the module's story comes before its first concept");
            assertTrue(md.contains("[" + ExportText.md(linked.texto()) + "](#c-" + linked.concepto().slug() + ")"), e + ": md links " + linked.texto());
            assertTrue(html.contains("<a href=\"#c-" + linked.concepto().slug() + "\">" + ExportText.xml(linked.texto()) + "</a>"), e + ": html links");
            assertEquals(2, count(html, "<div class=\"idea\">"), e + ": the fixture's two stories");
        }
        assertFalse(SummaryMarkdown.render(guide, Edition.chuleta).contains("La idea"), "the chuleta has no stories");
    }

    @Test
    void comparisonTablesComeFromTheOntologyInEveryEdition() {
        StudyGuide guide = fixture();
        assertEquals(2, guide.groups().size());
        for (Edition e : Edition.values()) {
            String md = SummaryMarkdown.render(guide, e);
            String html = SummaryHtml.render(guide, e, SummaryHtml.Pictures.svg);
            for (ComparisonGroup g : guide.groups()) {
                assertTrue(md.contains("### " + ExportText.md(g.label())), e + " md table " + g.id());
                assertTrue(html.contains("id=\"cmp-" + g.id() + "\""), e + " html table " + g.id());
                g.miembros().forEach(m -> m.valores().values().forEach(v -> assertTrue(html.contains(ExportText.xml(v)), v)));
            }
            assertEquals(guide.groups().size(), count(html, "<table class=\"cmp\">"));
        }
        assertTrue(SummaryHtml.render(guide).contains("<tr class=\"tip\"><th>Consejo de examen</th>"), "tips in the complete tables");
    }

    @Test
    void theRenderersAndTheViewerTakeTheEditionsPartsFromEdition() {
        StudyGuide guide = fixture();
        for (Edition e : Edition.values()) {
            int tipRows = e.tipsInTables() ? guide.groups().size() : 0;
            assertEquals(tipRows, count(SummaryMarkdown.render(guide, e), "| **Consejo de examen** |"), e + " md");
            assertEquals(tipRows, count(SummaryHtml.render(guide, e, SummaryHtml.Pictures.svg), "<tr class=\"tip\">"), e + " html");
            EditionContents viewer = EditionContents.of(guide, e);
            assertEquals(e.tipsInTables(), viewer.partes().consejosEnTablas(), e + " viewer");
            assertEquals(e.showsModules() ? guide.modules().size() : 0, viewer.modulos().size(), e + " viewer modules");
            assertEquals(e.showsExamAndGlossary(), viewer.examen() != null, e + " viewer exam");
            viewer.modulos().forEach(m -> m.topics().forEach(t -> assertEquals(e.oneLinePerConcept(), t.lineas() != null, e + " " + t.id())));
        }
        assertEquals(Edition.completo, Edition.parse("completo"));
        assertTrue(Edition.completo.trapsPerMember() > 100 && Edition.chuleta.trapsPerMember() == Essentials.TRAPS);
    }

    @Test
    void everyTopicCarriesItsDiagramInHtmlAndMermaidInMarkdown() {
        StudyGuide guide = Exports.guide();
        long topics = guide.modules().stream().mapToLong(m -> m.topics().size()).sum();
        String html = SummaryHtml.render(guide);
        assertEquals(topics, count(html, "<figure class=\"diagrama\""));
        assertEquals(topics, count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagrama\""));
        assertEquals(topics, count(SummaryMarkdown.render(guide), "```mermaid\nflowchart LR\n"));
        TopicDiagram d = guide.diagrams().values().stream().filter(x -> x.nodes().size() > 3).findFirst().orElseThrow();
        assertTrue(d.nodes().size() <= TopicDiagram.MAX_NODES && d.links().size() <= TopicDiagram.MAX_LINKS);
        assertEquals(d, TopicDiagram.of(d.topicIri(), guide.modules().stream().flatMap(m -> m.topics().stream())
                .filter(t -> t.iri().equals(d.topicIri())).findFirst().orElseThrow().cards().stream().map(c -> c.concept()).toList(),
                Exports.explorer().snapshot()), "same graph, same picture");
        for (TopicDiagram.Node a : d.nodes()) {
            for (TopicDiagram.Node b : d.nodes()) {
                if (a == b) continue;
                boolean apart = Math.abs(a.x() - b.x()) >= (a.w() + b.w()) / 2 || Math.abs(a.y() - b.y()) >= (a.h() + b.h()) / 2;
                assertTrue(apart, "boxes do not overlap: " + a.concept().slug() + " / " + b.concept().slug());
            }
        }
    }

    @Test
    void essentialAndCheatSheetFitTheirPageBudgets() throws Exception {
        // The course's summary (modules 1–6), the one the viewer and `export resumen` give by default.
        StudyGuide guide = StudyGuide.build(Exports.course(), Exports.explorer());
        try (PDDocument doc = Loader.loadPDF(SummaryPdf.render(guide, Edition.chuleta))) {
            assertTrue(doc.getNumberOfPages() <= 4, "chuleta: " + doc.getNumberOfPages() + " pages");
        }
        try (PDDocument doc = Loader.loadPDF(SummaryPdf.render(guide, Edition.esencial))) {
            assertTrue(doc.getNumberOfPages() <= 30, "esencial: " + doc.getNumberOfPages() + " pages");
        }
    }

    @Test
    void unknownEditionIsRefusedInSpanish() {
        assertEquals(Edition.completo, Edition.parse(null));
        assertEquals(Edition.esencial, Edition.parse("ESENCIAL"));
        BadRequestException e = assertThrows(BadRequestException.class, () -> Edition.parse("breve"));
        assertTrue(e.getMessage().contains("completo, esencial o chuleta"));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
