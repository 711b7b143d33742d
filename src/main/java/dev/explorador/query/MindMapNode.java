package dev.explorador.query;

import java.util.List;

/** A node of a mind map: the concept, how it hangs from its parent (null at the root) and its children. */
public record MindMapNode(ConceptRef concept, String relation, String relationLabel, List<MindMapNode> children) {
    public int size() {
        return 1 + children.stream().mapToInt(MindMapNode::size).sum();
    }
}
