package dev.explorador.export;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as a Graphviz DOT digraph, laid out left to right: one node per concept, one edge per parent →
 * child link labelled with the relation as it reads from the parent ({@code dot -Tsvg mapa.dot -o mapa.svg}).
 */
public final class DotMindMap {
    private DotMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("digraph mapa {\n");
        out.append("  graph [rankdir=LR, label=").append(quote("Mapa mental: " + root.concept().label()))
                .append(", labelloc=t, fontname=\"Helvetica\"];\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#777777\"];\n");
        int[] ids = {0};
        node(root, null, ids, out);
        return out.append("}\n").toString();
    }

    private static void node(MindMapNode node, String parent, int[] ids, StringBuilder out) {
        String id = "n" + ids[0]++;
        out.append("  ").append(id).append(" [label=").append(quote(node.concept().label()));
        if (parent == null) out.append(", fillcolor=\"#1b3a6b\", fontcolor=\"white\"");
        out.append("];\n");
        if (parent != null) out.append("  ").append(parent).append(" -> ").append(id).append(" [label=")
                .append(quote(node.relationLabel())).append("];\n");
        node.children().forEach(child -> node(child, id, ids, out));
    }

    /** A DOT double-quoted string: only the quote and the backslash need escaping. */
    static String quote(String text) {
        String t = text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
        return "\"" + t + "\"";
    }
}
