package dev.explorador.export;

import static dev.explorador.export.ExportText.bilingual;
import static dev.explorador.export.ExportText.md;

import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The study summary as one Markdown file: table of contents, the course in order (one level-4 heading per
 * concept, with an {@code <a id>} anchor so links work in any renderer), the exam sections, the glossary
 * and the cheat sheet.
 */
public final class SummaryMarkdown {
    private final StudyGuide guide;
    private final Map<String, Card> bySlug;
    private final StringBuilder out = new StringBuilder();

    private SummaryMarkdown(StudyGuide guide) {
        this.guide = guide;
        this.bySlug = guide.bySlug();
    }

    public static String render(StudyGuide guide) {
        return new SummaryMarkdown(guide).write();
    }

    static String anchor(ConceptRef concept) {
        return "c-" + concept.slug();
    }

    private String write() {
        line("# Resumen de estudio: " + md(guide.title()));
        line("");
        line("*" + md(guide.titleEn()) + "* · " + bySlug.size() + " conceptos, " + guide.orderNote() + ". "
                + "Cada concepto: qué es, cómo lo define Databricks, un ejemplo, el consejo de examen y sus trampas, "
                + "sus relaciones y sus fuentes.");
        line("");
        contents();
        guide.modules().forEach(this::module);
        exam();
        glossary();
        cheatSheet();
        return out.toString();
    }

    private void contents() {
        line("## Índice");
        line("");
        for (Outline.Module m : guide.modules()) {
            line("- [" + m.order() + ". " + md(m.label()) + "](#m-" + m.order() + ")");
            for (Outline.Topic t : m.topics()) {
                line("  - [" + m.order() + "." + t.order() + " " + md(t.label()) + "](#t-" + m.order() + "-" + t.order() + ")");
            }
        }
        line("- [Secciones del examen](#examen)");
        line("- [Glosario español ↔ inglés](#glosario)");
        line("- [Chuleta: las distinciones más preguntadas](#chuleta)");
        line("");
    }

    private void module(Outline.Module m) {
        line("<a id=\"m-" + m.order() + "\"></a>");
        line("");
        line("## " + m.order() + ". " + md(bilingual(m.label(), m.labelEn())));
        line("");
        if (m.description() != null) paragraph(md(m.description()));
        for (Outline.Topic t : m.topics()) {
            line("<a id=\"t-" + m.order() + "-" + t.order() + "\"></a>");
            line("");
            line("### " + m.order() + "." + t.order() + " " + md(bilingual(t.label(), t.labelEn())));
            line("");
            t.cards().forEach(this::concept);
        }
    }

    private void concept(Card card) {
        ConceptRef c = card.concept();
        line("<a id=\"" + anchor(c) + "\"></a>");
        line("");
        line("#### " + md(bilingual(c.label(), c.labelEn())));
        line("");
        if (c.kindLabel() != null) paragraph("*" + md(c.kindLabel()) + "*");
        field("Qué es", card.definicion());
        field("Cómo lo define Databricks", card.definicionDatabricks());
        card.ejemplos().forEach(e -> field("Ejemplo", e));
        for (String code : card.codigo()) {
            line("~~~~");
            line(code.replace("~~~~", "~ ~ ~ ~"));
            line("~~~~");
            line("");
        }
        field("Consejo de examen", card.consejoExamen());
        if (!card.trampas().isEmpty()) paragraph("**Trampas: se confunde con** " + links(card.trampas()));
        if (!card.relaciones().isEmpty()) {
            line("**Relaciones:**");
            line("");
            card.relaciones().forEach(g -> line("- " + md(g.label()) + ": " + links(g.concepts())));
            line("");
        }
        if (!card.otrosNombres().isEmpty()) paragraph("**Otros nombres:** " + md(String.join("; ", card.otrosNombres())));
        if (!card.nombresAnteriores().isEmpty()) paragraph("**Nombres anteriores:** " + md(String.join("; ", card.nombresAnteriores())));
        card.notasAlcance().forEach(n -> field("Nota", n));
        card.historial().forEach(h -> field("Historial", h));
        if (!card.objetivos().isEmpty()) {
            paragraph("**Objetivos del examen:** " + card.objetivos().stream()
                    .map(o -> md(o.label()) + " (" + md(o.sectionLabel()) + ", " + o.weight() + " %)")
                    .collect(Collectors.joining("; ")));
        }
        if (!card.fuentes().isEmpty()) {
            paragraph("**Fuentes:** " + card.fuentes().stream().map(u -> "<" + u + ">").collect(Collectors.joining(" · ")));
        }
    }

    private void exam() {
        line("<a id=\"examen\"></a>");
        line("");
        line("## Secciones del examen");
        line("");
        paragraph("Databricks Certified Generative AI Engineer Associate: cada sección con su peso y, para cada objetivo, "
                + "los conceptos de este resumen que lo preparan.");
        for (ExamSection s : guide.exam()) {
            line("### Sección " + s.number() + ": " + md(bilingual(s.label(), s.labelEn())) + " — " + s.weight() + " %");
            line("");
            if (!s.inScope()) paragraph("*" + md(guide.outOfCourseNote()) + "*");
            for (ExamSection.Objective o : s.objectives()) {
                String concepts = o.concepts().isEmpty() ? "(sin conceptos en este curso)" : links(o.concepts());
                line("- " + md(o.label()) + " — " + concepts);
            }
            line("");
        }
    }

    private void glossary() {
        line("<a id=\"glosario\"></a>");
        line("");
        line("## Glosario español ↔ inglés");
        line("");
        line("### Español → inglés");
        line("");
        guide.glossary().forEach(e -> line("- **[" + md(e.es()) + "](#c-" + e.slug() + ")** — " + md(e.en())));
        line("");
        line("### Inglés → español");
        line("");
        Glossary.byEnglish(guide.glossary()).forEach(e -> line("- **" + md(e.en()) + "** — [" + md(e.es()) + "](#c-" + e.slug() + ")"));
        line("");
    }

    private void cheatSheet() {
        line("<a id=\"chuleta\"></a>");
        line("");
        line("## Chuleta: las distinciones más preguntadas");
        line("");
        for (CheatSheet.Group g : guide.cheatSheet()) {
            line("### " + md(g.title()));
            line("");
            g.concepts().forEach(c -> line("- **[" + md(c.concept().label()) + "](#" + anchor(c.concept()) + ")** — "
                    + md(CheatSheet.line(c))));
            line("");
        }
    }

    private String links(List<ConceptRef> concepts) {
        return concepts.stream()
                .map(c -> bySlug.containsKey(c.slug()) ? "[" + md(c.label()) + "](#" + anchor(c) + ")" : md(c.label()))
                .collect(Collectors.joining(", "));
    }

    private void field(String name, String text) {
        if (text != null && !text.isBlank()) paragraph("**" + name + ":** " + md(text));
    }

    private void paragraph(String text) {
        line(text);
        line("");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
