package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import dev.explorador.store.KnowledgeStore;
import java.util.List;

/**
 * The questions a learner asks of the graph, over one store. The HTTP API and the CLI both use this.
 * The snapshot (names, relations, links) is read once when the explorer opens.
 */
public final class Explorer implements AutoCloseable {
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    private final KnowledgeStore store;
    private final QueryRunner runner;
    private final GraphSnapshot snapshot;
    private final SearchService search;
    private final TextSearchService textSearch;
    private final ConceptResolver resolver;
    private final RelatedService related;
    private final CardService cards;
    private final PathService paths;
    private final MindMapService mindMaps;
    private final StatsService stats;

    public Explorer(KnowledgeStore store) {
        this(store, DEFAULT_TIMEOUT_MILLIS);
    }

    public Explorer(KnowledgeStore store, long timeoutMillis) {
        this.store = store;
        this.runner = new QueryRunner(store, timeoutMillis);
        this.snapshot = GraphSnapshot.open(runner);
        this.search = new SearchService(snapshot);
        this.textSearch = new TextSearchService(runner, snapshot);
        this.resolver = new ConceptResolver(snapshot, search);
        this.related = new RelatedService(snapshot);
        this.cards = new CardService(runner, snapshot, related);
        this.paths = new PathService(snapshot);
        this.mindMaps = new MindMapService(snapshot);
        this.stats = new StatsService(runner);
    }

    public List<SearchHit> search(String text, int limit) {
        if (limit < 1 || limit > 100) throw new BadRequestException("El límite debe estar entre 1 y 100 (se pidió " + limit + ")");
        return search.search(text, limit);
    }

    /**
     * Search by name (typos forgiven), inside the text of every card and question, or both: then every name match
     * comes first and the text matches of other concepts and of questions fill the rest, up to {@code limit}.
     */
    public List<SearchHit> search(String text, int limit, SearchScope scope) {
        if (limit < 1 || limit > 100) throw new BadRequestException("El límite debe estar entre 1 y 100 (se pidió " + limit + ")");
        if (scope == SearchScope.NAMES) return search.search(text, limit);
        if (scope == SearchScope.TEXT) return textSearch.search(text, limit);
        List<SearchHit> hits = new java.util.ArrayList<>(search.search(text, limit));
        java.util.Set<String> named = new java.util.HashSet<>();
        hits.forEach(h -> named.add(h.concept().iri()));
        for (SearchHit hit : textSearch.search(text, limit)) {
            if (hits.size() >= limit) break;
            if (hit.question() == null && named.contains(hit.concept().iri())) continue;
            hits.add(hit);
        }
        return List.copyOf(hits);
    }

    /** Builds the full-text index now (it is otherwise built on the first text search); a server calls it at start. */
    public void prepareTextSearch() {
        textSearch.prepare();
    }

    public ConceptRef resolve(String name) {
        return resolver.resolve(name);
    }

    public Card card(String name) {
        return cards.card(resolve(name));
    }

    public RelatedResult related(String name, int depth, List<String> relations) {
        return related.related(resolve(name), depth, RelationFilter.parse(relations, snapshot));
    }

    /** Chains along relations that carry meaning (neither the exam trap nor the generic relation). */
    public PathResult path(String from, String to, int maxLength, int maxPaths, List<String> relations) {
        return path(from, to, maxLength, maxPaths, relations, false);
    }

    /** Chains along the named relations; with none named, along every relation when {@code allRelations}. */
    public PathResult path(String from, String to, int maxLength, int maxPaths, List<String> relations, boolean allRelations) {
        return paths.paths(resolve(from), resolve(to), maxLength, maxPaths, RelationFilter.parse(relations, snapshot, allRelations));
    }

    public MindMapNode mindMap(String root, int depth, List<String> relations) {
        return mindMaps.tree(resolve(root), depth, RelationFilter.parse(relations, snapshot));
    }

    public Stats stats() {
        return stats.stats();
    }

    public GraphSnapshot snapshot() {
        return snapshot;
    }

    public QueryRunner runner() {
        return runner;
    }

    public KnowledgeStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
