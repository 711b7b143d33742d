package dev.explorador.compare;

import java.util.List;

/**
 * A comparison group of the ontology (gd:GrupoComparacion): the look-alikes the exam asks to tell apart,
 * the question the table answers, the attributes compared (rows, in their gd:orden) and the members (columns).
 */
public record ComparisonGroup(String id, String iri, String label, String pregunta, int order,
                              List<Attribute> atributos, List<Member> miembros) {
    /** Members with a value for this attribute. */
    public long filled(Attribute attribute) {
        return miembros.stream().filter(m -> m.valores().containsKey(attribute.id())).count();
    }
}
