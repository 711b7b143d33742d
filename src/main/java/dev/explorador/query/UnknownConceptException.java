package dev.explorador.query;

import dev.explorador.error.NotFoundException;
import java.util.List;

/** A name that matches no concept, or more than one: says so and offers the closest names (404). */
public class UnknownConceptException extends NotFoundException {
    private final transient List<Suggestion> suggestions;
    private final boolean ambiguous;

    public UnknownConceptException(String name, List<ConceptRef> suggestions, boolean ambiguous) {
        super(message(name, suggestions, ambiguous));
        this.suggestions = suggestions.stream().map(c -> new Suggestion(c.slug(), c.label(), c.labelEn())).toList();
        this.ambiguous = ambiguous;
    }

    @Override
    public List<Suggestion> suggestions() {
        return suggestions;
    }

    public boolean ambiguous() {
        return ambiguous;
    }

    private static String message(String name, List<ConceptRef> suggestions, boolean ambiguous) {
        String head = ambiguous
                ? "«" + name + "» nombra a varios conceptos."
                : "No hay ningún concepto llamado «" + name + "».";
        if (suggestions.isEmpty()) return head;
        StringBuilder text = new StringBuilder(head).append(ambiguous ? " Elige uno:" : " ¿Quisiste decir...?");
        for (ConceptRef s : suggestions) {
            text.append("\n  - ").append(s.label());
            if (s.labelEn() != null && !s.labelEn().equals(s.label())) text.append(" (").append(s.labelEn()).append(")");
            text.append(" [").append(s.slug()).append("]");
        }
        return text.toString();
    }
}
