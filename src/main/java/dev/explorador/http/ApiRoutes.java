package dev.explorador.http;

import dev.explorador.query.Explorer;
import dev.explorador.query.MindMapService;
import dev.explorador.query.PathService;
import dev.explorador.query.RelatedService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API the viewer uses: search, card, related, path, mind map, figures, and the lists behind filters. */
final class ApiRoutes {
    private final Explorer explorer;

    ApiRoutes(Explorer explorer) {
        this.explorer = explorer;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/concepts", this::concepts);
        routes.get("/api/concepts/{id}", ctx -> ctx.json(explorer.card(ctx.pathParam("id"))));
        routes.get("/api/related/{id}", this::related);
        routes.get("/api/path", this::path);
        routes.get("/api/mindmap/{id}", this::mindMap);
        routes.get("/api/relations", ctx -> ctx.json(explorer.snapshot().relations().stream()
                .map(r -> Map.of("id", r.id(), "iri", r.iri(), "label", r.label(),
                        "inverseLabel", r.inverseLabel() == null ? r.label() : r.inverseLabel(), "symmetric", r.symmetric()))
                .toList()));
        routes.get("/api/stats", ctx -> ctx.json(explorer.stats()));
    }

    private void search(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        ctx.json(explorer.search(q, limit));
    }

    private void concepts(Context ctx) {
        var snapshot = explorer.snapshot();
        ctx.json(snapshot.concepts().stream()
                .sorted(Comparator.comparing(c -> c.label().toLowerCase()))
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("concept", c);
                    row.put("topic", snapshot.topic(c.iri()).orElse(null));
                    row.put("degree", snapshot.steps(c.iri()).size());
                    return row;
                })
                .toList());
    }

    private void related(Context ctx) {
        int depth = Params.integer(ctx, "depth", 1, 1, RelatedService.MAX_DEPTH);
        ctx.json(explorer.related(ctx.pathParam("id"), depth, Params.list(ctx, "relation")));
    }

    private void path(Context ctx) {
        String from = Params.text(ctx, "from");
        String to = Params.text(ctx, "to");
        int maxLength = Params.integer(ctx, "maxLength", 6, 1, PathService.MAX_LENGTH);
        int paths = Params.integer(ctx, "paths", 3, 1, PathService.MAX_PATHS);
        ctx.json(explorer.path(from, to, maxLength, paths, Params.list(ctx, "relation")));
    }

    private void mindMap(Context ctx) {
        int depth = Params.integer(ctx, "depth", 2, 1, MindMapService.MAX_DEPTH);
        ctx.json(explorer.mindMap(ctx.pathParam("id"), depth, Params.list(ctx, "relation")));
    }
}
