package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the graph with the stats-*.rq queries, and measures the readability of its prose. */
public final class StatsService {
    private final QueryRunner runner;

    public StatsService(QueryRunner runner) {
        this.runner = runner;
    }

    public Stats stats() {
        long triples = runner.select("stats-triples").get(0).getLiteral("triples").getLong();
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (String name : List.of("skos:Concept", "gd:Pregunta", "gd:Relacion", "gd:Modulo", "gd:Tema",
                "gd:SeccionExamen", "gd:ObjetivoExamen")) {
            byClass.put(name, 0L);
        }
        runner.select("stats-classes").forEach(r ->
                byClass.put(Vocab.shortForm(r.getResource("class").getURI()), r.getLiteral("count").getLong()));
        List<Stats.Count> kinds = runner.select("stats-kinds").stream()
                .map(r -> new Stats.Count(Vocab.shortForm(r.getResource("kind").getURI()), r.getLiteral("label").getString(),
                        r.getLiteral("count").getLong()))
                .toList();
        List<Stats.Count> relations = runner.select("stats-relations").stream()
                .map(r -> new Stats.Count(Vocab.shortForm(r.getResource("relation").getURI()), r.getLiteral("label").getString(),
                        r.getLiteral("count").getLong()))
                .toList();
        long links = relations.stream().mapToLong(Stats.Count::count).sum();
        List<Stats.SectionCount> sections = runner.select("stats-sections").stream()
                .map(r -> new Stats.SectionCount(r.getLiteral("number").getInt(), r.getLiteral("label").getString(),
                        r.getLiteral("weight").getInt(), r.getLiteral("objectives").getLong(),
                        r.getLiteral("questions").getLong(), r.getLiteral("concepts").getLong()))
                .toList();
        return new Stats(triples, byClass, links, kinds, relations, sections, new ReadableTexts(runner).summary());
    }
}
