package dev.explorador.query;

import java.util.List;

/** Everything the explorer shows about one concept. */
public record Card(
        ConceptRef concept,
        String definicion,
        String definicionDatabricks,
        List<String> ejemplos,
        String consejoExamen,
        List<String> codigo,
        List<String> notasAlcance,
        List<String> historial,
        List<String> otrosNombres,
        List<String> nombresAnteriores,
        List<String> fuentes,
        TopicRef tema,
        List<Objective> objetivos,
        List<RelationGroup> relaciones,
        List<ConceptRef> trampas,
        List<QuestionRef> preguntas) {

    /** An exam objective the concept helps with. */
    public record Objective(String iri, String label, String section, String sectionLabel, int weight) {}

    /** Neighbours through one relation read in one direction ("se guarda en", "guarda"). */
    public record RelationGroup(String relation, String label, String direction, List<ConceptRef> concepts) {}

    /** A practice question that tests the concept. */
    public record QuestionRef(String iri, String stem, String section) {}
}
