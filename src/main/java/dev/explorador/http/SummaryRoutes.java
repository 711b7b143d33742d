package dev.explorador.http;

import dev.explorador.error.NotFoundException;
import dev.explorador.course.Scope;
import dev.explorador.export.DiagramSvg;
import dev.explorador.export.Edition;
import dev.explorador.export.EditionContents;
import dev.explorador.export.TopicDiagram;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.HashMap;

/**
 * The viewer's Resumen: {@code /api/resumen/{edicion}?alcance=} (what one edition shows, decided by the same
 * {@link Edition} as the exports) and {@code /api/diagram/topic/{tema}.svg} (a topic's picture for an {@code <img>}).
 */
final class SummaryRoutes {
    private static final String SVG = ".svg";

    private final StudyGuides guides;
    /** Topic id → its picture as an SVG file, drawn once; only topics of the outline get an entry. */
    private final Lazy<Map<String, byte[]>> pictures;

    SummaryRoutes(StudyGuides guides) {
        this.guides = guides;
        this.pictures = Lazy.of(this::drawAll);
    }

    void register(Routes routes) {
        routes.get("/api/resumen/{edicion}", ctx -> ctx.json(EditionContents.of(
                guides.of(Scope.parse(ctx.queryParam("alcance"))), Edition.parse(ctx.pathParam("edicion")))));
        routes.get("/api/diagram/topic/{file}", this::topicDiagram);
    }

    private void topicDiagram(Context ctx) {
        String file = ctx.pathParam("file");
        String topic = file.endsWith(SVG) ? file.substring(0, file.length() - SVG.length()) : file;
        byte[] svg = pictures.get().get(topic);
        if (svg == null) {
            throw new NotFoundException("No hay diagrama del tema «" + Params.abbreviate(topic) + "»: el temario no tiene ese tema"
                    + " o el tema no tiene conceptos (los temas están en /api/outline?alcance=certificacion)");
        }
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.result(svg);
    }

    /** Every topic's picture, from the whole certification's guide (it has every topic of the outline). */
    private Map<String, byte[]> drawAll() {
        Map<String, byte[]> all = new HashMap<>();
        for (TopicDiagram d : guides.of(Scope.CERTIFICACION).diagrams().values()) {
            if (!d.nodes().isEmpty()) all.put(EditionContents.topicId(d.topicIri()), DiagramSvg.document(d).getBytes(StandardCharsets.UTF_8));
        }
        return Map.copyOf(all);
    }
}
