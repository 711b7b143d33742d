package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
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
            .cheat .cols { column-count: 2; column-gap: 1.2em; }
            .cheat h2 { font-size: 12pt; margin-top: 0; }
            .cheat h3 { font-size: 8.6pt; margin: .55em 0 .15em; }
            .cheat ul { padding-left: 1em; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; }
            th, td { border-bottom: 1px solid #ddd; text-align: left; padding: .15em .4em; vertical-align: top; }
            @media print { body { max-width: none; padding: 0; } a { color: inherit; } }
            """;

    private final StudyGuide guide;
    private final Map<String, Card> bySlug;
    private final StringBuilder out = new StringBuilder();

    private SummaryHtml(StudyGuide guide) {
        this.guide = guide;
        this.bySlug = guide.bySlug();
    }

    public static String render(StudyGuide guide) {
        return new SummaryHtml(guide).write();
    }

    private String write() {
        out.append("<!DOCTYPE html>\n<html lang=\"es\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Resumen de estudio: ").append(xml(guide.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>Resumen de estudio</h1><p><strong>").append(xml(guide.title())).append("</strong><br/><span class=\"en\">")
                .append(xml(guide.titleEn())).append("</span></p><p>").append(bySlug.size())
                .append(" conceptos, ").append(xml(guide.orderNote())).append(". Cada uno: qué es, cómo lo define Databricks, un ejemplo, el consejo de examen")
                .append(" y sus trampas, sus relaciones y sus fuentes.</p></header>\n");
        contents();
        guide.modules().forEach(this::module);
        exam();
        glossary();
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
        out.append("<li><a href=\"#examen\">Secciones del examen</a></li>\n<li><a href=\"#glosario\">Glosario español ↔ inglés</a></li>\n")
                .append("<li><a href=\"#chuleta\">Chuleta: las distinciones más preguntadas</a></li>\n</ul></nav>\n");
    }

    private void module(Outline.Module m) {
        out.append("<section class=\"module\" id=\"m-").append(m.order()).append("\">\n<h2>").append(m.order()).append(". ")
                .append(xml(m.label())).append(english(m.labelEn(), m.label())).append("</h2>\n");
        if (m.description() != null) out.append("<p>").append(xml(m.description())).append("</p>\n");
        for (Outline.Topic t : m.topics()) {
            out.append("<section class=\"topic\" id=\"t-").append(m.order()).append('-').append(t.order()).append("\">\n<h3>")
                    .append(m.order()).append('.').append(t.order()).append(' ').append(xml(t.label()))
                    .append(english(t.labelEn(), t.label())).append("</h3>\n");
            t.cards().forEach(this::concept);
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

    private void cheatSheet() {
        out.append("<section class=\"cheat\" id=\"chuleta\">\n<h2>Chuleta: las distinciones más preguntadas</h2>\n<div class=\"cols\">\n");
        for (CheatSheet.Group g : guide.cheatSheet()) {
            out.append("<h3>").append(xml(g.title())).append("</h3>\n<ul>\n");
            g.concepts().forEach(c -> out.append("<li><strong><a href=\"#").append(SummaryMarkdown.anchor(c.concept())).append("\">")
                    .append(xml(c.concept().label())).append("</a></strong>: ")
                    .append(xml(CheatSheet.line(c))).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</div>\n</section>\n");
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
