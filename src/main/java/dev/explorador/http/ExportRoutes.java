package dev.explorador.http;

import dev.explorador.course.CourseService;
import dev.explorador.course.Scope;
import dev.explorador.export.AnkiDeck;
import dev.explorador.export.CourseMindMap;
import dev.explorador.export.Edition;
import dev.explorador.export.MindMapFormat;
import dev.explorador.export.ObsidianVault;
import dev.explorador.export.RdfDump;
import dev.explorador.export.SummaryFormat;
import dev.explorador.query.Explorer;
import dev.explorador.query.MindMapNode;
import dev.explorador.query.MindMapService;
import dev.explorador.http.ContentNegotiation.Offer;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.riot.Lang;

/**
 * Downloads of the course in the files people study with: the summary (md, html, pdf), mind maps, Anki cards,
 * Obsidian notes (zip) and the RDF graph. The graph does not change while served, so finished files are kept.
 */
final class ExportRoutes {
    /** The HTML summary carries its own style sheet; everything else stays as locked down as the rest of the site. */
    static final String SUMMARY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'";

    private final Supplier<Explorer> explorer;
    private final Supplier<CourseService> course;
    private final StudyGuides guides;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ExportRoutes(Supplier<Explorer> explorer, Supplier<CourseService> course, StudyGuides guides) {
        this.explorer = explorer;
        this.course = course;
        this.guides = guides;
    }

    void register(Routes routes) {
        routes.get("/api/export/resumen", this::summary);
        routes.get("/api/export/mindmap/{id}", this::mindMap);
        routes.get("/api/export/anki", ctx -> {
            Scope scope = scope(ctx);
            send(ctx, "text/plain; charset=utf-8", "explorador-genai-anki" + suffix(scope) + ".txt", false, cached("anki." + scope,
                    () -> AnkiDeck.render(course.get().summary(scope), course.get().questions(null, null)).getBytes(StandardCharsets.UTF_8)));
        });
        routes.get("/api/export/rdf", this::rdf);
        routes.get("/api/export/obsidian", ctx -> {
            Scope scope = scope(ctx);
            send(ctx, "application/zip", "explorador-genai-obsidian" + suffix(scope) + ".zip", false,
                    cached("obsidian." + scope, () -> ObsidianVault.zip(course.get().summary(scope), "explorador-genai")));
        });
    }

    private void summary(Context ctx) {
        SummaryFormat format = SummaryFormat.parse(formatParam(ctx, "md"));
        Scope scope = scope(ctx);
        Edition edition = Edition.parse(ctx.queryParam("edicion"));
        byte[] body = cached("resumen." + scope + "." + edition + "." + format, () -> format.render(guides.of(scope), edition));
        if (format == SummaryFormat.html) ctx.header("Content-Security-Policy", SUMMARY_CSP);
        // HTML and PDF open in the browser (to read or print); the rest download.
        boolean inline = format != SummaryFormat.md;
        String name = edition == Edition.completo ? "resumen-genai-databricks" : "resumen-" + edition + "-genai-databricks";
        send(ctx, format.contentType(), name + suffix(scope) + "." + format.extension(), inline, body);
    }

    private void mindMap(Context ctx) {
        MindMapFormat format = MindMapFormat.parse(formatParam(ctx, "md"));
        String id = ctx.pathParam("id");
        MindMapNode root;
        if (id.equalsIgnoreCase("curso")) {
            root = CourseMindMap.build(course.get().outline(scope(ctx)));
        } else {
            int depth = Params.integer(ctx, "depth", 2, 1, MindMapService.MAX_DEPTH);
            root = explorer.get().mindMap(id, depth, Params.list(ctx, "relation"));
        }
        String name = "mapa-" + root.concept().slug().replace(':', '-') + "." + format.extension();
        send(ctx, format.contentType(), name, false, format.render(root).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole graph in any RDF syntax Jena writes: by {@code format=} (ttl, jsonld, nt, rdfxml, trig...) or by Accept. */
    private void rdf(Context ctx) {
        Offer<Lang> offer = RdfRepresentations.negotiate(ctx, RdfRepresentations.GRAPH, "format", "output");
        Lang lang = offer.value();
        send(ctx, RdfRepresentations.contentType(offer), "explorador-genai." + lang.getFileExtensions().get(0), false,
                cached("rdf." + lang.getName(), () -> RdfRepresentations.write(RdfDump.model(explorer.get()), lang)));
    }

    private static String formatParam(Context ctx, String fallback) {
        String value = ctx.queryParam("format");
        return value == null || value.isBlank() ? fallback : value;
    }

    /** ?alcance=curso (the default) or certificacion. */
    private static Scope scope(Context ctx) {
        return Scope.parse(ctx.queryParam("alcance"));
    }

    /** File names tell the two editions apart; the course keeps its old names. */
    private static String suffix(Scope scope) {
        return scope == Scope.DEFAULT ? "" : "-" + scope.id();
    }

    private byte[] cached(String key, Supplier<byte[]> make) {
        return cache.computeIfAbsent(key, k -> make.get());
    }

    private static void send(Context ctx, String contentType, String fileName, boolean inline, byte[] body) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
        ctx.result(body);
    }
}
