package dev.explorador.story;

import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.GraphSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/** The stories of the outline («La idea» of each module and topic), read once, their named concepts linked. */
public final class StoryService {
    private final Explorer explorer;
    private volatile Map<String, Story> stories;

    public StoryService(Explorer explorer) {
        this.explorer = explorer;
    }

    /** Outline node IRI → its story; nodes without a story are absent. */
    public Map<String, Story> stories() {
        if (stories == null) stories = read();
        return stories;
    }

    public Optional<Story> of(String nodeIri) {
        return Optional.ofNullable(stories().get(nodeIri));
    }

    /** Every concept's names, for finding the concepts a text names. */
    public NameFinder allNames() {
        GraphSnapshot snapshot = explorer.snapshot();
        Map<String, List<String>> names = new LinkedHashMap<>();
        snapshot.concepts().forEach(c -> names.put(c.iri(), snapshot.names(c.iri()).stream().map(GraphSnapshot.Name::text).toList()));
        Set<String> generic = new HashSet<>();
        explorer.runner().select("generic-names").forEach(r -> generic.add(NameFinder.fold(r.getLiteral("name").getLexicalForm().strip())));
        return new NameFinder(names, generic);
    }

    private Map<String, Story> read() {
        record Draft(String text, Set<String> mentions, Set<String> sources) {}
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (QuerySolution row : explorer.runner().select("stories")) {
            Draft d = drafts.computeIfAbsent(row.getResource("node").getURI(),
                    n -> new Draft(row.getLiteral("idea").getLexicalForm(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (row.contains("mention")) d.mentions().add(row.getResource("mention").getURI());
            if (row.contains("source")) d.sources().add(row.get("source").toString());
        }
        Map<String, Story> result = new LinkedHashMap<>();
        drafts.forEach((node, d) -> result.put(node, link(node, d.text(), d.mentions(), List.copyOf(d.sources()))));
        return Map.copyOf(result);
    }

    /** Cuts the text where a named concept's name first appears; named concepts not found are listed apart. */
    private Story link(String node, String text, Set<String> mentionIris, List<String> sources) {
        GraphSnapshot snapshot = explorer.snapshot();
        List<ConceptRef> mentions = mentionIris.stream().map(snapshot::concept).flatMap(Optional::stream).toList();
        Map<String, List<String>> names = new LinkedHashMap<>();
        mentions.forEach(c -> names.put(c.iri(), snapshot.names(c.iri()).stream().map(GraphSnapshot.Name::text).toList()));
        List<Story.Part> parts = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        int at = 0;
        for (NameFinder.Found f : new NameFinder(names, Set.of()).find(text)) {
            if (!linked.add(f.concept())) continue; // each concept linked once, where the story first names it
            if (f.start() > at) parts.add(new Story.Part(text.substring(at, f.start()), null));
            parts.add(new Story.Part(text.substring(f.start(), f.end()), snapshot.concept(f.concept()).orElseThrow()));
            at = f.end();
        }
        if (at < text.length()) parts.add(new Story.Part(text.substring(at), null));
        List<ConceptRef> unlinked = mentions.stream().filter(c -> !linked.contains(c.iri())).toList();
        return new Story(node, text, List.copyOf(parts), mentions, unlinked, sources);
    }
}
