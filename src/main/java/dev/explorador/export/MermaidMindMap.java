package dev.explorador.export;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as a raw Mermaid {@code mindmap} diagram, the {@code .mmd} file mermaid-cli ({@code mmdc}), mermaid.live
 * and the Mermaid editors open. Inside a Markdown note (GitHub, GitLab, Obsidian) it goes in a ```mermaid block:
 * {@link #fenced}. Hierarchy is indentation; every node gets an id and a quoted text, so parentheses or brackets in
 * a name are not read as node shapes.
 */
public final class MermaidMindMap {
    private MermaidMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("mindmap\n");
        int[] ids = {0};
        node(root, 1, ids, out);
        return out.toString();
    }

    /** The diagram as a Markdown fenced block, for a Markdown document that shows it in place. */
    public static String fenced(MindMapNode root) {
        return "```mermaid\n" + render(root) + "```\n";
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
