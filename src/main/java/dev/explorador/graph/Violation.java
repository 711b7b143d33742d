package dev.explorador.graph;

/**
 * One broken rule of the knowledge contract: in which file, on which node (concept, question, ...),
 * which field, and what is wrong, in Spanish.
 */
public record Violation(String file, String node, String nodeLabel, String field, String message) {
    public String describe() {
        String who = nodeLabel == null || nodeLabel.isBlank() ? node : node + " («" + nodeLabel + "»)";
        return "%s: %s, campo %s: %s".formatted(file, who, field, message);
    }
}
