package dev.explorador.http;

import java.util.function.Supplier;
import dev.explorador.course.CourseService;
import dev.explorador.course.Scope;
import dev.explorador.graph.Vocab;
import dev.explorador.error.BadRequestException;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.MindMapService;
import dev.explorador.query.PathService;
import dev.explorador.query.RelatedService;
import dev.explorador.query.SearchScope;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API the viewer uses: search, card, related, path, mind map, figures, and the lists behind filters. */
final class ApiRoutes {
    private final Supplier<Explorer> explorer;
    private final Supplier<CourseService> course;

    ApiRoutes(Supplier<Explorer> explorer, Supplier<CourseService> course) {
        this.explorer = explorer;
        this.course = course;
    }

    void register(Routes routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/concepts", this::concepts);
        routes.get("/api/concepts/{id}", ctx -> ctx.json(explorer.get().card(ctx.pathParam("id"))));
        routes.get("/api/related/{id}", this::related);
        routes.get("/api/path", this::path);
        routes.get("/api/mindmap/{id}", this::mindMap);
        routes.get("/api/relations", ctx -> ctx.json(explorer.get().snapshot().relations().stream()
                .map(r -> Map.of("id", r.id(), "iri", r.iri(), "label", r.label(),
                        "inverseLabel", r.inverseLabel() == null ? r.label() : r.inverseLabel(), "symmetric", r.symmetric()))
                .toList()));
        routes.get("/api/stats", ctx -> ctx.json(explorer.get().stats()));
        // ?alcance=curso (modules 1–6, the default) or ?alcance=certificacion (modules 1–10, the whole exam)
        routes.get("/api/outline", ctx -> ctx.json(course.get().outline(Scope.parse(ctx.queryParam("alcance")))));
        routes.get("/api/resumen", ctx -> ctx.json(course.get().summary(Scope.parse(ctx.queryParam("alcance")))));
        routes.get("/api/exam", ctx -> ctx.json(course.get().exam()));
        routes.get("/api/questions", this::questions);
    }

    private void search(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        ctx.json(explorer.get().search(q, limit, SearchScope.parse(ctx.queryParam("in"))));
    }

    private void concepts(Context ctx) {
        var snapshot = explorer.get().snapshot();
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
        ctx.json(explorer.get().related(ctx.pathParam("id"), depth, Params.list(ctx, "relation")));
    }

    private void path(Context ctx) {
        String from = Params.text(ctx, "from");
        String to = Params.text(ctx, "to");
        int maxLength = Params.integer(ctx, "maxLength", 6, 1, PathService.MAX_LENGTH);
        int paths = Params.integer(ctx, "paths", 5, 1, PathService.MAX_PATHS);
        boolean allRelations = Params.flag(ctx, "allRelations", false);
        ctx.json(explorer.get().path(from, to, maxLength, paths, Params.list(ctx, "relation"), allRelations));
    }

    private void questions(Context ctx) {
        String section = ctx.queryParam("section");
        String sectionIri = null;
        if (section != null && !section.isBlank()) {
            String number = section.trim().replaceFirst("^(ex:)?s", "");
            if (!number.matches("[1-6]")) throw new BadRequestException("«section» debe ser un número de sección del 1 al 6 o ex:s1…ex:s6 (se recibió «" + Params.abbreviate(section) + "»)");
            sectionIri = Vocab.EXAM + "s" + number;
        }
        String concept = ctx.queryParam("concept");
        ConceptRef ref = concept == null || concept.isBlank() ? null : explorer.get().resolve(concept);
        int limit = Params.integer(ctx, "limit", 500, 1, 500);
        var questions = course.get().questions(sectionIri, ref);
        ctx.json(questions.size() > limit ? questions.subList(0, limit) : questions);
    }

    private void mindMap(Context ctx) {
        int depth = Params.integer(ctx, "depth", 2, 1, MindMapService.MAX_DEPTH);
        ctx.json(explorer.get().mindMap(ctx.pathParam("id"), depth, Params.list(ctx, "relation")));
    }
}
