package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

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
 * The study summary as one self-contained HTML page that prints cleanly (A4, each module on a new page,
 * page numbers). It is also well-formed XML, because the PDF renderer reads it as XHTML.
 */
public final class SummaryHtml {
    static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: counter(page); font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #555; } }
            html, body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; }
            body { font-size: 10pt; line-height: 1.4;
              color: #111; max-width: 48em; margin: 0 auto; padding: 1em; }
            h1 { font-size: 20pt; margin: 0 0 .2em; }
            h2 { font-size: 15pt; border-bottom: 2px solid #1b3a6b; padding-bottom: .15em; margin-top: 1.4em; }
            h3 { font-size: 12pt; color: #1b3a6b; margin-top: 1.2em; }
            h4 { font-size: 11pt; margin: 0 0 .3em; }
            a { color: #1b3a6b; text-decoration: none; }
            .en { color: #555; font-weight: normal; }
            .kind { font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: .04em; }
            article { border-top: 1px solid #ccc; padding-top: .5em; margin-top: .9em; }
            dl { margin: .3em 0; } dt { font-weight: bold; color: #1b3a6b; margin-top: .35em; } dd { margin: 0 0 0 1.2em; }
            .tip { background: #fff6d6; border-left: 3px solid #d9a400; padding: .3em .5em; }
            pre { background: #f3f3f3; padding: .4em; white-space: pre-wrap; word-wrap: break-word; font-size: 8.5pt;
              font-family: 'Liberation Sans', monospace; }
            ul { margin: .2em 0; padding-left: 1.3em; }
            .sources { font-size: 8pt; word-wrap: break-word; }
            .toc ul ul { font-size: 9pt; }
            .module { page-break-before: always; }
            .cheat { page-break-before: always; font-size: 7.6pt; line-height: 1.25; }
            .cheat h2 { font-size: 12pt; margin-top: 0; }
            .cheat h3 { font-size: 8.6pt; margin: .55em 0 .15em; }
            table.two-col { table-layout: fixed; font-size: 100%; margin: .2em 0 .4em; }
            table.two-col td { width: 50%; border: 0; border-top: 1px solid #e3e3e3; padding: .2em .6em .2em 0; }
            table.two-col td + td { padding: .2em 0 .2em .6em; border-left: 1px solid #e3e3e3; }
            table.two-col tr { page-break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; }
            th, td { border-bottom: 1px solid #ddd; text-align: left; padding: .15em .4em; vertical-align: top; }
            .idea { background: #eef6ee; border-left: 3px solid #2e7d32; padding: .35em .6em; margin: .4em 0 .6em; }
            .idea-title { font-weight: bold; color: #2e7d32; }
            figure.diagrama { margin: .4em 0 .6em; page-break-inside: avoid; }
            figure.diagrama svg, figure.diagrama img { width: 100%; height: auto; }
            figcaption { font-size: 8pt; color: #555; }
            table.cmp { table-layout: fixed; font-size: 8.5pt; margin: .3em 0 .8em; page-break-inside: avoid; }
            table.cmp th, table.cmp td { border: 1px solid #ccc; padding: .2em .3em; }
            table.cmp thead th { background: #e6ecf5; }
            table.cmp tbody th { width: 16%; background: #f6f8fb; }
            table.cmp tr.tip td { background: #fff6d6; }
            .cmp-q { font-style: italic; margin: 0 0 .2em; }
            .cmp-group { page-break-inside: avoid; }
            .tip-inline { background: #fff6d6; }
            .esencial { font-size: 6.5pt; line-height: 1.12; }
            .esencial .idea { padding: .2em .4em; margin: .2em 0 .3em; }
            .esencial h1 { font-size: 16pt; } .esencial h2 { font-size: 12.5pt; margin-top: .8em; }
            .esencial h3 { font-size: 10pt; margin-top: .7em; }
            .esencial .module { page-break-before: auto; }
            .esencial .module.comparisons, .esencial .cheat { page-break-before: always; }
            .esencial table.two-col td { padding-top: .12em; padding-bottom: .12em; }
            .esencial figure.diagrama { text-align: center; }
            .esencial figure.diagrama { margin: .2em 0; }
            .esencial figure.diagrama img { width: auto; height: 46mm; max-width: 100%; }
            .esencial table.cmp { font-size: 7.2pt; }
            .esencial .toc ul ul { display: none; }
            .chuleta-ed { font-size: 6.2pt; line-height: 1.12; }
            .chuleta-ed h1 { font-size: 12pt; margin: 0; } .chuleta-ed header p { margin: .1em 0; }
            .chuleta-ed h2 { font-size: 9.5pt; margin: .3em 0 .1em; border-bottom-width: 1px; }
            .chuleta-ed h3 { font-size: 7.6pt; margin: .35em 0 .05em; }
            .chuleta-ed .cmp-q { display: none; }
            .chuleta-ed table.cmp { font-size: 5.9pt; margin: 0 0 .15em; }
            .chuleta-ed table.cmp th, .chuleta-ed table.cmp td { padding: .05em .25em; }
            .chuleta-ed table.cmp tbody th { width: 11%; }
            .chuleta-ed .cheat { page-break-before: auto; font-size: 6.2pt; }
            @media print { body { max-width: none; padding: 0; } a { color: inherit; } }
            """;

    /** The chuleta prints landscape with narrow margins: wide tables wrap less. */
    static final String CHULETA_PAGE = "@page { size: A4 landscape; margin: 8mm 9mm 10mm 9mm; }\n";
    static final String ESENCIAL_PAGE = "@page { margin: 12mm 12mm 14mm 12mm; }\n";

    /** How the diagrams travel: inline SVG for a browser, PNG for the PDF renderer (it has no SVG support). */
    public enum Pictures { svg, png }

    private final StudyGuide guide;
    private final Edition edition;
    private final Pictures pictures;
    private final Map<String, Card> bySlug;
    private final StringBuilder out = new StringBuilder();

    private SummaryHtml(StudyGuide guide, Edition edition, Pictures pictures) {
        this.guide = guide;
        this.edition = edition;
        this.pictures = pictures;
        this.bySlug = edition.showsModules() ? guide.bySlug() : Map.of();
    }

    public static String render(StudyGuide guide) {
        return render(guide, Edition.completo, Pictures.svg);
    }

    public static String render(StudyGuide guide, Edition edition, Pictures pictures) {
        return new SummaryHtml(guide, edition, pictures).write();
    }

    private String write() {
        out.append("<!DOCTYPE html>\n<html lang=\"es\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(edition.title()).append(": ").append(xml(guide.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append(edition == Edition.chuleta ? CHULETA_PAGE : "")
                .append(edition == Edition.esencial ? ESENCIAL_PAGE : "").append("</style>\n</head>\n<body class=\"")
                .append(edition == Edition.chuleta ? "chuleta-ed" : edition.name()).append("\">\n");
        out.append("<header><h1>").append(edition.title()).append("</h1><p><strong>").append(xml(guide.title()))
                .append("</strong><br/><span class=\"en\">").append(xml(guide.titleEn())).append("</span></p><p>")
                .append(switch (edition) {
                    case completo -> bySlug.size() + " conceptos, " + xml(guide.orderNote()) + ". Cada módulo y cada tema empiezan por «La idea» y cada"
                            + " tema trae su diagrama; de cada concepto: qué es, cómo lo define Databricks, un ejemplo, el consejo de examen"
                            + " y sus trampas, sus relaciones y sus fuentes.";
                    case esencial -> bySlug.size() + " conceptos, " + xml(guide.orderNote()) + ": «La idea» de cada módulo y tema, su diagrama y,"
                            + " de cada concepto, una línea, su consejo de examen y sus trampas.";
                    case chuleta -> "Las tablas de comparación y las distinciones más preguntadas del examen.";
                }).append("</p></header>\n");
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
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void contents() {
        out.append("<nav class=\"toc\"><h2>Índice</h2>\n<ul>\n");
        for (Outline.Module m : guide.modules()) {
            out.append("<li><a href=\"#m-").append(m.order()).append("\">").append(m.order()).append(". ")
                    .append(xml(m.label())).append("</a>\n<ul>\n");
            for (Outline.Topic t : m.topics()) {
                out.append("<li><a href=\"#t-").append(m.order()).append('-').append(t.order()).append("\">")
                        .append(m.order()).append('.').append(t.order()).append(' ').append(xml(t.label())).append("</a></li>\n");
            }
            out.append("</ul></li>\n");
        }
        if (!guide.groups().isEmpty()) out.append("<li><a href=\"#comparaciones\">Tablas de comparación</a></li>\n");
        if (edition.showsExamAndGlossary()) {
            out.append("<li><a href=\"#examen\">Secciones del examen</a></li>\n<li><a href=\"#glosario\">Glosario español ↔ inglés</a></li>\n");
        }
        out.append("<li><a href=\"#chuleta\">Chuleta: las distinciones más preguntadas</a></li>\n</ul></nav>\n");
    }

    private void module(Outline.Module m) {
        out.append("<section class=\"module\" id=\"m-").append(m.order()).append("\">\n<h2>").append(m.order()).append(". ")
                .append(xml(m.label())).append(english(m.labelEn(), m.label())).append("</h2>\n");
        if (m.description() != null) out.append("<p>").append(xml(m.description())).append("</p>\n");
        story(m.iri());
        for (Outline.Topic t : m.topics()) {
            out.append("<section class=\"topic\" id=\"t-").append(m.order()).append('-').append(t.order()).append("\">\n<h3>")
                    .append(m.order()).append('.').append(t.order()).append(' ').append(xml(t.label()))
                    .append(english(t.labelEn(), t.label())).append("</h3>\n");
            story(t.iri());
            diagram(t, m.order() + "-" + t.order());
            if (edition.oneLinePerConcept()) {
                twoColumns("lineas", t.cards().stream().map(this::conceptLine).toList());
            } else {
                t.cards().forEach(this::concept);
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void concept(Card card) {
        ConceptRef c = card.concept();
        out.append("<article id=\"").append(SummaryMarkdown.anchor(c)).append("\">\n<h4>").append(xml(c.label()))
                .append(english(c.labelEn(), c.label())).append("</h4>\n");
        if (c.kindLabel() != null) out.append("<div class=\"kind\">").append(xml(c.kindLabel())).append("</div>\n");
        out.append("<dl>\n");
        field("Qué es", card.definicion(), null);
        field("Cómo lo define Databricks", card.definicionDatabricks(), null);
        card.ejemplos().forEach(e -> field("Ejemplo", e, null));
        card.codigo().forEach(code -> out.append("<dt>Código</dt><dd><pre>").append(xml(code)).append("</pre></dd>\n"));
        field("Consejo de examen", card.consejoExamen(), "tip");
        if (!card.trampas().isEmpty()) raw("Trampas: se confunde con", links(card.trampas()));
        if (!card.relaciones().isEmpty()) {
            raw("Relaciones", "<ul>" + card.relaciones().stream()
                    .map(g -> "<li>" + xml(g.label()) + ": " + links(g.concepts()) + "</li>")
                    .collect(Collectors.joining()) + "</ul>");
        }
        if (!card.otrosNombres().isEmpty()) field("Otros nombres", String.join("; ", card.otrosNombres()), null);
        if (!card.nombresAnteriores().isEmpty()) field("Nombres anteriores", String.join("; ", card.nombresAnteriores()), null);
        card.notasAlcance().forEach(n -> field("Nota", n, null));
        card.historial().forEach(h -> field("Historial", h, null));
        if (!card.objetivos().isEmpty()) {
            raw("Objetivos del examen", card.objetivos().stream()
                    .map(o -> xml(o.label()) + " <span class=\"en\">(" + xml(o.sectionLabel()) + ", " + o.weight() + " %)</span>")
                    .collect(Collectors.joining("<br/>")));
        }
        if (!card.fuentes().isEmpty()) {
            out.append("<dt>Fuentes</dt><dd class=\"sources\">").append(card.fuentes().stream()
                    .map(u -> "<a href=\"" + xml(u) + "\">" + xml(u) + "</a>").collect(Collectors.joining("<br/>"))).append("</dd>\n");
        }
        out.append("</dl>\n</article>\n");
    }

    private void exam() {
        out.append("<section class=\"module\" id=\"examen\">\n<h2>Secciones del examen</h2>\n<p>Databricks Certified Generative AI ")
                .append("Engineer Associate: cada sección con su peso y, para cada objetivo, los conceptos de este resumen que lo preparan.</p>\n");
        for (ExamSection s : guide.exam()) {
            out.append("<h3>Sección ").append(s.number()).append(": ").append(xml(s.label())).append(english(s.labelEn(), s.label()))
                    .append(" — ").append(s.weight()).append(" %</h3>\n");
            if (!s.inScope()) out.append("<p><em>").append(xml(guide.outOfCourseNote())).append("</em></p>\n");
            out.append("<ul>\n");
            for (ExamSection.Objective o : s.objectives()) {
                out.append("<li>").append(xml(o.label())).append(" — ")
                        .append(o.concepts().isEmpty() ? "<em>sin conceptos en este curso</em>" : links(o.concepts())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void glossary() {
        out.append("<section class=\"module\" id=\"glosario\">\n<h2>Glosario español ↔ inglés</h2>\n");
        out.append("<h3>Español → inglés</h3>\n<table><thead><tr><th>Español</th><th>Inglés</th></tr></thead><tbody>\n");
        guide.glossary().forEach(e -> out.append("<tr><td><a href=\"#c-").append(e.slug()).append("\">").append(xml(e.es()))
                .append("</a></td><td>").append(xml(e.en())).append("</td></tr>\n"));
        out.append("</tbody></table>\n<h3>Inglés → español</h3>\n<table><thead><tr><th>Inglés</th><th>Español</th></tr></thead><tbody>\n");
        Glossary.byEnglish(guide.glossary()).forEach(e -> out.append("<tr><td>").append(xml(e.en())).append("</td><td><a href=\"#c-")
                .append(e.slug()).append("\">").append(xml(e.es())).append("</a></td></tr>\n"));
        out.append("</tbody></table>\n</section>\n");
    }

    private void story(String outlineIri) {
        guide.story(outlineIri).ifPresent(s -> {
            out.append("<div class=\"idea\"><p><span class=\"idea-title\">La idea.</span> ");
            for (Story.Part p : s.partes()) {
                out.append(p.concepto() != null && bySlug.containsKey(p.concepto().slug())
                        ? "<a href=\"#" + SummaryMarkdown.anchor(p.concepto()) + "\">" + xml(p.texto()) + "</a>" : xml(p.texto()));
            }
            out.append("</p>");
            if (!s.sinEnlace().isEmpty()) out.append("<p><em>Conceptos de esta idea:</em> ").append(links(s.sinEnlace())).append("</p>");
            out.append("</div>\n");
        });
    }

    private void diagram(Outline.Topic t, String id) {
        TopicDiagram d = guide.diagrams().get(t.iri());
        if (d == null || d.nodes().isEmpty()) return;
        out.append("<figure class=\"diagrama\" id=\"d-").append(id).append("\">");
        if (pictures == Pictures.svg) {
            out.append(DiagramSvg.render(d, "svg-" + id));
        } else {
            out.append("<img src=\"").append(DiagramPng.dataUri(d)).append("\" alt=\"Diagrama del tema: ").append(xml(d.describe())).append("\"/>");
        }
        out.append("<figcaption>Diagrama: ").append(xml(t.label())).append(" — ").append(xml(d.describe())).append("</figcaption></figure>\n");
    }

    /** The esencial edition's concept: one line, its exam tip and its traps. */
    private String conceptLine(Card card) {
        ConceptRef c = card.concept();
        StringBuilder line = new StringBuilder("<div id=\"").append(SummaryMarkdown.anchor(c)).append("\"><strong>")
                .append(xml(c.label())).append("</strong>").append(" — ").append(xml(Essentials.line(card)));
        String tip = Essentials.tip(card);
        if (!tip.isEmpty()) line.append(" <span class=\"tip-inline\"><strong>Examen:</strong> ").append(xml(tip)).append("</span>");
        if (!card.trampas().isEmpty()) line.append(" <em>Se confunde con:</em> ").append(links(card.trampas()));
        return line.append("</div>").toString();
    }

    /**
     * Short items side by side, read row by row: a two-column table, because the PDF renderer fills CSS columns
     * unevenly (the left one to the foot of the page, the right one with what is left, often nothing). Rows
     * break cleanly across pages and the cells of a row share their height.
     */
    private void twoColumns(String kind, List<String> cells) {
        out.append("<table class=\"two-col ").append(kind).append("\">\n");
        for (int i = 0; i < cells.size(); i += 2) {
            out.append("<tr><td>").append(cells.get(i)).append("</td><td>")
                    .append(i + 1 < cells.size() ? cells.get(i + 1) : "").append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void comparisons() {
        if (guide.groups().isEmpty()) return;
        out.append("<section class=\"").append(edition == Edition.chuleta ? "comparisons" : "module comparisons")
                .append("\" id=\"comparaciones\">\n<h2>Tablas de comparación</h2>\n");
        for (ComparisonGroup g : guide.groups()) {
            // The heading travels with its table: a title alone at the foot of a page reads as a lost line.
            out.append("<div class=\"cmp-group\">\n<h3 id=\"cmp-").append(xml(g.id())).append("\">").append(xml(g.label())).append("</h3>\n");
            if (g.pregunta() != null) out.append("<p class=\"cmp-q\">").append(xml(g.pregunta())).append("</p>\n");
            out.append("<table class=\"cmp\"><thead><tr><th></th>");
            g.miembros().forEach(m -> out.append("<th>").append(links(List.of(m.concept()))).append("</th>"));
            out.append("</tr></thead><tbody>\n");
            for (Attribute a : g.atributos()) {
                out.append("<tr><th>").append(xml(a.label())).append("</th>");
                g.miembros().forEach(m -> out.append("<td>").append(xml(m.valores().getOrDefault(a.id(), "—"))).append("</td>"));
                out.append("</tr>\n");
            }
            if (edition.tipsInTables()) {
                out.append("<tr class=\"tip\"><th>Consejo de examen</th>");
                g.miembros().forEach(m -> out.append("<td>").append(xml(m.consejoExamen() == null ? "—" : m.consejoExamen())).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("<tr><th>Se confunde con</th>");
            g.miembros().forEach(m -> out.append("<td>").append(traps(m)).append("</td>"));
            out.append("</tr>\n</tbody></table>\n</div>\n");
        }
        out.append("</section>\n");
    }

    /** The look-alikes the edition names per member, «…» when the card has more. */
    private String traps(Member m) {
        if (m.trampas().isEmpty()) return "—";
        int shown = Math.min(edition.trapsPerMember(), m.trampas().size());
        return links(m.trampas().subList(0, shown)) + (shown < m.trampas().size() ? "…" : "");
    }

    private void cheatSheet() {
        out.append("<section class=\"cheat\" id=\"chuleta\">\n<h2>Chuleta: las distinciones más preguntadas</h2>\n")
                .append("<p>Parejas que el examen usa para confundir, ordenadas por cuántas preguntas de práctica las tocan.</p>\n");
        twoColumns("parejas", guide.distinctions().stream()
                .map(d -> "<strong>" + links(List.of(d.a().concept())) + "</strong>: " + xml(CheatSheet.line(d.a()))
                        + "<br/><strong>" + links(List.of(d.b().concept())) + "</strong>: " + xml(CheatSheet.line(d.b())))
                .toList());
        out.append("</section>\n");
    }

    private String links(List<ConceptRef> concepts) {
        return concepts.stream()
                .map(c -> bySlug.containsKey(c.slug())
                        ? "<a href=\"#" + SummaryMarkdown.anchor(c) + "\">" + xml(c.label()) + "</a>" : xml(c.label()))
                .collect(Collectors.joining(", "));
    }

    private static String english(String en, String es) {
        return en == null || en.equalsIgnoreCase(es) ? "" : " <span class=\"en\">(" + xml(en) + ")</span>";
    }

    private void field(String name, String text, String cssClass) {
        if (text == null || text.isBlank()) return;
        out.append("<dt>").append(xml(name)).append("</dt><dd").append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
                .append('>').append(xml(text)).append("</dd>\n");
    }

    private void raw(String name, String html) {
        out.append("<dt>").append(xml(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
