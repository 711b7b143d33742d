package dev.explorador.export;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as a Mermaid {@code mindmap} diagram inside a ```mermaid block (GitHub, GitLab and Obsidian draw it
 * in place; for mermaid.live paste the lines inside the block). Hierarchy is indentation; every node gets an id and
 * a quoted text, so parentheses or brackets in a name are not read as node shapes.
 */
public final class MermaidMindMap {
    private MermaidMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("```mermaid\nmindmap\n");
        int[] ids = {0};
        node(root, 1, ids, out);
        return out.append("```\n").toString();
    }

    private static void node(MindMapNode node, int level, int[] ids, StringBuilder out) {
        String id = "n" + ids[0]++;
        String text = quote(MindMapText.of(node));
        out.append("  ".repeat(level)).append(id).append(level == 1 ? "((\"" + text + "\"))" : "[\"" + text + "\"]").append('\n');
        node.children().forEach(child -> node(child, level + 1, ids, out));
    }

    /** A quoted mindmap label cannot hold a double quote (there is no escape): it becomes a single one. */
    static String quote(String text) {
        return text.replace('"', '\'').replace('\n', ' ');
    }
}
