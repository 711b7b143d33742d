package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as an OPML 2.0 outline (outliners, XMind, MindNode, Logseq import it). Each child's text
 * carries its relation; the relation id and the concept slug ride as extra attributes, which OPML allows.
 */
public final class OpmlMindMap {
    private OpmlMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        out.append("  <head>\n    <title>").append(xml("Mapa mental: " + root.concept().label())).append("</title>\n  </head>\n  <body>\n");
        outline(root, 2, out);
        return out.append("  </body>\n</opml>\n").toString();
    }

    private static void outline(MindMapNode node, int level, StringBuilder out) {
        String indent = "  ".repeat(level);
        out.append(indent).append("<outline text=\"").append(xml(MindMapText.of(node))).append("\" slug=\"")
                .append(xml(node.concept().slug())).append('"');
        if (node.relation() != null) out.append(" relation=\"").append(xml(node.relation())).append('"');
        if (node.children().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        node.children().forEach(child -> outline(child, level + 1, out));
        out.append(indent).append("</outline>\n");
    }
}
