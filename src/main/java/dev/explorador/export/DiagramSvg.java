package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

import java.util.Locale;

/**
 * A topic diagram in SVG: boxes, arrows and the relations' names. Inline in the HTML summary, or as a file of its
 * own for the viewer's {@code <img>} (then with its size, so the browser knows it before drawing).
 */
public final class DiagramSvg {
    private DiagramSvg() {}

    /** The picture as a standalone SVG file (an image inherits no font from the page, so it names its own). */
    public static String document(TopicDiagram d) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(d, "diagrama", " width=\"" + d.width() + "\" height=\"" + d.height()
                + "\" font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"") + "\n";
    }

    static String render(TopicDiagram d, String id) {
        return svg(d, id, "");
    }

    private static String svg(TopicDiagram d, String id, String attributes) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagrama\" id=\"").append(xml(id)).append('"').append(attributes)
                .append(" viewBox=\"0 0 ").append(d.width()).append(' ').append(d.height())
                .append("\" role=\"img\" aria-label=\"Diagrama del tema: ").append(xml(d.describe())).append("\">")
                .append("<defs><marker id=\"").append(xml(id)).append("-flecha\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#1b3a6b\"/></marker></defs>");
        for (TopicDiagram.Link l : d.links()) {
            TopicDiagram.Node a = d.nodes().get(l.from());
            TopicDiagram.Node b = d.nodes().get(l.to());
            double[] p = TopicDiagram.border(a, b.x(), b.y());
            double[] q = TopicDiagram.border(b, a.x(), a.y());
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#7a8aa6\" stroke-width=\"1.2\" marker-end=\"url(#%s-flecha)\"/>",
                    p[0], p[1], q[0], q[1], xml(id)));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
                    (p[0] + q[0]) / 2, (p[1] + q[1]) / 2 + 3, TopicDiagram.LABEL_FONT, xml(l.label())));
        }
        for (TopicDiagram.Node n : d.nodes()) {
            out.append("<a href=\"#").append(SummaryMarkdown.anchor(n.concept())).append("\">");
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"#eef3fb\" stroke=\"#1b3a6b\"/>",
                    n.x() - n.w() / 2, n.y() - n.h() / 2, n.w(), n.h()));
            double top = n.y() - (n.lines().size() * TopicDiagram.LINE) / 2.0 + TopicDiagram.LINE - 3;
            for (int i = 0; i < n.lines().size(); i++) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" fill=\"#111\">%s</text>",
                        n.x(), top + i * TopicDiagram.LINE, TopicDiagram.FONT, xml(n.lines().get(i))));
            }
            out.append("</a>");
        }
        return out.append("</svg>").toString();
    }
}
