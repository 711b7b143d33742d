package dev.explorador.query;

import dev.explorador.readability.TextReadability;
import java.util.List;
import java.util.Map;

/**
 * Figures of the graph: sizes, concepts per kind, links per relation, exam sections, and how easy its prose is to
 * read (median INFLESZ of the plain definitions, the stories, the Databricks definitions and the exam tips).
 */
public record Stats(long triples, Map<String, Long> nodesByClass, long links, List<Count> conceptsByKind,
                    List<Count> linksByRelation, List<SectionCount> sections, List<TextReadability> readability) {
    public record Count(String id, String label, long count) {}

    public record SectionCount(int number, String label, int weight, long objectives, long questions, long concepts) {}
}
