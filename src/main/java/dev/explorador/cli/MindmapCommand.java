package dev.explorador.cli;

import dev.explorador.course.CourseService;
import dev.explorador.course.Scope;
import dev.explorador.export.CourseMindMap;
import dev.explorador.export.MindMapFormat;
import dev.explorador.query.Explorer;
import dev.explorador.query.MindMapNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mindmap <concepto>} or {@code mindmap --curso}: a mind map as Markdown (Markmap), .mm, OPML, Mermaid or DOT. */
@Command(name = "mindmap", description = "Genera un mapa mental desde un concepto, o del curso entero con --curso "
        + "(md para Markmap, mm para Freeplane/FreeMind/XMind, opml, mermaid o dot).")
final class MindmapCommand implements Callable<Integer> {
    @Mixin ExplorerOptions options;
    @Mixin ExportCommand.Output output;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CONCEPTO", arity = "0..1", description = "Concepto raíz (nombre o slug); se omite con --curso.")
    String concept;

    @Option(names = {"-d", "--depth", "--profundidad"}, paramLabel = "N", defaultValue = "2", description = "De 1 a 4 (por defecto 2).")
    int depth;

    @Option(names = {"--format", "--formato"}, defaultValue = "md", paramLabel = "FORMATO",
            description = "md (por defecto), mm, opml, mermaid o dot.")
    String format;

    @Option(names = "--curso", description = "El mapa del curso entero: módulos → temas → conceptos.")
    boolean course;

    @Option(names = {"--alcance", "--scope"}, defaultValue = "curso", paramLabel = "ALCANCE",
            description = "Con --curso: curso (por defecto, módulos 1–6) o certificacion (módulos 1–10, todo el examen).")
    String scope;

    @Override
    public Integer call() throws IOException {
        MindMapFormat chosen = MindMapFormat.parse(format);
        Scope.parse(scope); // a wrong value is refused before the graph loads
        if (course == (concept != null)) {
            throw new ParameterException(spec.commandLine(), "Indica un concepto o --curso (uno de los dos).");
        }
        try (Explorer explorer = options.open()) {
            MindMapNode root = course ? CourseMindMap.build(new CourseService(explorer).outline(Scope.parse(scope)))
                    : explorer.mindMap(concept, depth, options.relations);
            output.write(spec, chosen.render(root).getBytes(StandardCharsets.UTF_8), false);
            return 0;
        }
    }
}
