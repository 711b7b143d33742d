package dev.explorador.export;

import dev.explorador.query.MindMapNode;

/** How a node of a mind map reads in every format: the root by its name, a child as "relación → concepto". */
final class MindMapText {
    private MindMapText() {}

    static String of(MindMapNode node) {
        String name = node.concept().label();
        return node.relationLabel() == null ? name : node.relationLabel() + " → " + name;
    }
}
