package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

import dev.explorador.query.MindMapNode;

/**
 * A mind map as a FreeMind 1.0.1 {@code .mm} file: Freeplane opens it as its own, and XMind and most mind-map
 * tools import it. Each child's text carries its relation ("usa → Modelo de MLflow"); the first level
 * alternates right and left so the map opens balanced.
 */
public final class FreeplaneMindMap {
    private FreeplaneMindMap() {}

    public static String render(MindMapNode root) {
        StringBuilder out = new StringBuilder("<map version=\"1.0.1\">\n");
        out.append("<!-- Mapa mental del Explorador GenAI Databricks: ábrelo con Freeplane, FreeMind o XMind (Importar). -->\n");
        int[] ids = {0};
        node(root, 0, 0, ids, out);
        return out.append("</map>\n").toString();
    }

    private static void node(MindMapNode node, int level, int index, int[] ids, StringBuilder out) {
        String indent = "  ".repeat(level + 1);
        out.append(indent).append("<node ID=\"ID_").append(ids[0]++).append("\" TEXT=\"").append(xml(MindMapText.of(node))).append('"');
        if (level == 1) out.append(" POSITION=\"").append(index % 2 == 0 ? "right" : "left").append('"');
        if (level >= 1 && !node.children().isEmpty()) out.append(" FOLDED=\"").append(level >= 2).append('"');
        if (node.children().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (int i = 0; i < node.children().size(); i++) node(node.children().get(i), level + 1, i, ids, out);
        out.append(indent).append("</node>\n");
    }
}
