package dev.explorador.story;

import dev.explorador.query.ConceptRef;
import java.util.List;

/**
 * "La idea" of a module or topic (gd:idea): the story that ties its concepts together, cut into parts where
 * each concept it names links to its card. {@code sinEnlace} are the named concepts whose name the text
 * bends (a plural, a paraphrase): they are listed after the story so every one of them is still linked.
 */
public record Story(String node, String texto, List<Part> partes, List<ConceptRef> menciones, List<ConceptRef> sinEnlace,
                    List<String> fuentes) {
    /** A run of the story's text; {@code concepto} is set when the run is a concept's name. */
    public record Part(String texto, ConceptRef concepto) {}

    /** Words as the readability formula counts them. */
    public int words() {
        return texto.isBlank() ? 0 : texto.strip().split("\\s+").length;
    }
}
