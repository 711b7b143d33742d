package dev.explorador.http;

import dev.explorador.compare.CompareService;
import dev.explorador.story.StoryService;
import java.util.function.Supplier;

/**
 * Comparisons and stories for the viewer: {@code /api/compare?c=a&c=b} (two or more concepts side by side),
 * {@code /api/compare/groups} (the ontology's comparison groups) and {@code /api/historias} (each outline node's story).
 */
final class CompareRoutes {
    private final Supplier<CompareService> compare;
    private final Supplier<StoryService> stories;

    CompareRoutes(Supplier<CompareService> compare, Supplier<StoryService> stories) {
        this.compare = compare;
        this.stories = stories;
    }

    void register(Routes routes) {
        routes.get("/api/compare", ctx -> ctx.json(compare.get().compare(Params.list(ctx, "c"))));
        routes.get("/api/compare/groups", ctx -> ctx.json(compare.get().groups()));
        routes.get("/api/historias", ctx -> ctx.json(stories.get().stories()));
    }
}
