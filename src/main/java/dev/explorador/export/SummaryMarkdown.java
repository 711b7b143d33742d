package dev.explorador.export;

import static dev.explorador.export.ExportText.bilingual;
import static dev.explorador.export.ExportText.md;

import dev.explorador.compare.Attribute;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.compare.Member;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import dev.explorador.story.Story;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The study summary as one Markdown file: table of contents, the course in order (each module and topic opens
 * on its story, «La idea», and each topic carries its diagram as a Mermaid block; one level-4 heading per concept,
 * with an {@code <a id>} anchor so links work in any renderer), the comparison tables, the exam sections, the
 * glossary and the most-asked distinctions. The {@link Edition} decides how much of it is written.
 */
public final class SummaryMarkdown {
    private final StudyGuide guide;
    private final Edition edition;
    private final Map<String, Card> bySlug;
    private final StringBuilder out = new StringBuilder();

    private SummaryMarkdown(StudyGuide guide, Edition edition) {
        this.guide = guide;
        this.edition = edition;
        this.bySlug = edition.showsModules() ? guide.bySlug() : Map.of();
    }

    public static String render(StudyGuide guide) {
        return render(guide, Edition.completo);
    }

    public static String render(StudyGuide guide, Edition edition) {
        return new SummaryMarkdown(guide, edition).write();
    }

    static String anchor(ConceptRef concept) {
        return "c-" + concept.slug();
    }

    private String write() {
        line("# " + edition.title() + ": " + md(guide.title()));
        line("");
        line("*" + md(guide.titleEn()) + "* · " + switch (edition) {
            case completo -> bySlug.size() + " conceptos, " + guide.orderNote() + ". Cada módulo y cada tema empiezan por «La idea»; "
                    + "cada concepto: qué es, cómo lo define Databricks, un ejemplo, el consejo de examen y sus trampas, "
                    + "sus relaciones y sus fuentes.";
            case esencial -> bySlug.size() + " conceptos, " + guide.orderNote() + ": «La idea» de cada módulo y tema, su diagrama, "
                    + "y de cada concepto una línea, su consejo de examen y sus trampas.";
            case chuleta -> "las tablas de comparación y las distinciones más preguntadas.";
        });
        line("");
        if (edition.showsModules()) {
            contents();
            guide.modules().forEach(this::module);
        }
        comparisons();
        if (edition.showsExamAndGlossary()) {
            exam();
            glossary();
        }
        cheatSheet();
        return out.toString();
    }

    private void story(String outlineIri) {
        guide.story(outlineIri).ifPresent(s -> {
            StringBuilder text = new StringBuilder("**La idea.** ");
            for (Story.Part p : s.partes()) {
                text.append(p.concepto() != null && bySlug.containsKey(p.concepto().slug())
                        ? "[" + md(p.texto()) + "](#" + anchor(p.concepto()) + ")" : md(p.texto()));
            }
            paragraph(text.toString());
            if (!s.sinEnlace().isEmpty()) paragraph("*Conceptos de esta idea:* " + links(s.sinEnlace()));
        });
    }

    private void diagram(Outline.Topic t) {
        TopicDiagram d = guide.diagrams().get(t.iri());
        if (d == null || d.nodes().isEmpty()) return;
        out.append(DiagramMermaid.render(d));
        line("");
    }

    private void comparisons() {
        if (guide.groups().isEmpty()) return;
        line("<a id=\"comparaciones\"></a>");
        line("");
        line("## Tablas de comparación");
        line("");
        for (ComparisonGroup g : guide.groups()) {
            line("<a id=\"cmp-" + g.id() + "\"></a>");
            line("");
            line("### " + md(g.label()));
            line("");
            if (g.pregunta() != null) paragraph("*" + md(g.pregunta()) + "*");
            line("| | " + g.miembros().stream().map(m -> "**" + links(List.of(m.concept())) + "**").collect(Collectors.joining(" | ")) + " |");
            line("|---" + "|---".repeat(g.miembros().size()) + "|");
            for (Attribute a : g.atributos()) {
                line("| **" + cell(a.label()) + "** | " + g.miembros().stream().map(m -> cell(m.valores().getOrDefault(a.id(), "—")))
                        .collect(Collectors.joining(" | ")) + " |");
            }
            if (edition.tipsInTables()) {
                line("| **Consejo de examen** | " + g.miembros().stream().map(m -> cell(m.consejoExamen() == null ? "—" : m.consejoExamen()))
                        .collect(Collectors.joining(" | ")) + " |");
            }
            line("| **Se confunde con** | " + g.miembros().stream().map(this::traps).collect(Collectors.joining(" | ")) + " |");
            line("");
        }
    }

    /** The look-alikes the edition names per member, «…» when the card has more. */
    private String traps(Member m) {
        if (m.trampas().isEmpty()) return "—";
        int shown = Math.min(edition.trapsPerMember(), m.trampas().size());
        return cell(m.trampas().subList(0, shown).stream().map(ConceptRef::label).collect(Collectors.joining(", ")))
                + (shown < m.trampas().size() ? "…" : "");
    }

    /** Table cells: {@link ExportText#md} already escapes the pipe that would end a cell. */
    private static String cell(String text) {
        return md(text);
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
        if (!guide.groups().isEmpty()) line("- [Tablas de comparación](#comparaciones)");
        if (edition.showsExamAndGlossary()) {
            line("- [Secciones del examen](#examen)");
            line("- [Glosario español ↔ inglés](#glosario)");
        }
        line("- [Chuleta: las distinciones más preguntadas](#chuleta)");
        line("");
    }

    private void module(Outline.Module m) {
        line("<a id=\"m-" + m.order() + "\"></a>");
        line("");
        line("## " + m.order() + ". " + md(bilingual(m.label(), m.labelEn())));
        line("");
        if (m.description() != null) paragraph(md(m.description()));
        story(m.iri());
        for (Outline.Topic t : m.topics()) {
            line("<a id=\"t-" + m.order() + "-" + t.order() + "\"></a>");
            line("");
            line("### " + m.order() + "." + t.order() + " " + md(bilingual(t.label(), t.labelEn())));
            line("");
            story(t.iri());
            diagram(t);
            if (edition.oneLinePerConcept()) {
                t.cards().forEach(this::conceptLine);
                line("");
            } else {
                t.cards().forEach(this::concept);
            }
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

    /** The esencial edition's concept: one line, its exam tip and its traps. */
    private void conceptLine(Card card) {
        ConceptRef c = card.concept();
        StringBuilder line = new StringBuilder("- <a id=\"" + anchor(c) + "\"></a>**" + md(c.label()) + "** — " + md(Essentials.line(card)));
        String tip = Essentials.tip(card);
        if (!tip.isEmpty()) line.append(" *Examen:* ").append(md(tip));
        if (!card.trampas().isEmpty()) line.append(" *Se confunde con:* ").append(links(card.trampas()));
        line(line.toString());
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
        paragraph("Parejas que el examen usa para confundir (se confunde con), ordenadas por cuántas preguntas de práctica las tocan.");
        for (CheatSheet.Distinction d : guide.distinctions()) {
            line("- **" + links(List.of(d.a().concept())) + "** — " + md(CheatSheet.line(d.a())));
            line("  **" + links(List.of(d.b().concept())) + "** — " + md(CheatSheet.line(d.b())));
        }
        line("");
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
