package dev.explorador.query;

import java.util.List;
import java.util.Map;

/** Figures of the graph: sizes, concepts per kind, links per relation, exam sections. */
public record Stats(long triples, Map<String, Long> nodesByClass, long links, List<Count> conceptsByKind,
                    List<Count> linksByRelation, List<SectionCount> sections) {
    public record Count(String id, String label, long count) {}

    public record SectionCount(int number, String label, int weight, long objectives, long questions, long concepts) {}
}
