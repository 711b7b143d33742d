package dev.explorador.graph;

import java.util.List;

/** The outcome of checking the contract: empty means the graph is valid. */
public record ValidationReport(List<Violation> violations) {
    public boolean valid() {
        return violations.isEmpty();
    }

    /** A Spanish, line-per-violation text, ready to print. */
    public String describe() {
        if (valid()) return "El grafo cumple el contrato de conocimiento.";
        StringBuilder text = new StringBuilder("El grafo no cumple el contrato: ")
                .append(violations.size()).append(violations.size() == 1 ? " problema.\n" : " problemas.\n");
        violations.forEach(v -> text.append("  - ").append(v.describe()).append('\n'));
        return text.toString();
    }
}
