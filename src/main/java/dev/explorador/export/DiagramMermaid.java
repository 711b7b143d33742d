package dev.explorador.export;

/** A topic diagram as a Mermaid flowchart for the Markdown summary (GitHub, Obsidian and VS Code draw it). */
final class DiagramMermaid {
    private DiagramMermaid() {}

    static String render(TopicDiagram d) {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
        for (int i = 0; i < d.nodes().size(); i++) {
            out.append("  n").append(i).append("[\"").append(escape(d.nodes().get(i).concept().label())).append("\"]\n");
        }
        for (TopicDiagram.Link l : d.links()) {
            out.append("  n").append(l.from()).append(" -- \"").append(escape(l.label())).append("\" --> n").append(l.to()).append('\n');
        }
        return out.append("```\n").toString();
    }

    /** Mermaid's own escapes: a double quote is #quot;, and a line break would end the node. */
    private static String escape(String text) {
        return text.replace("\"", "#quot;").replace("\n", " ").replace("`", "'");
    }
}
