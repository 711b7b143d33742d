package dev.explorador.export;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as a Markdown outline (Markmap reads it as it is): the root as a title,
 * each child as a bullet "relación → concepto", nested by depth.
 */
public final class MarkdownMindMap {
    private MarkdownMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("# ").append(escape(root.concept().label())).append('\n');
        root.children().forEach(child -> append(child, 0, out));
        return out.toString();
    }

    private static void append(MindMapNode node, int level, StringBuilder out) {
        out.append("  ".repeat(level)).append("- *").append(escape(node.relationLabel())).append("* → ")
                .append(escape(node.concept().label())).append('\n');
        node.children().forEach(child -> append(child, level + 1, out));
    }

    /** Keeps labels from being read as Markdown markup. */
    static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }
}
