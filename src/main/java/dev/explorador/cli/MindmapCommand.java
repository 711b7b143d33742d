package dev.explorador.cli;

import dev.explorador.export.MarkdownMindMap;
import dev.explorador.query.Explorer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mindmap <concepto>}: a mind map from a concept, as a Markdown outline. */
@Command(name = "mindmap", description = "Genera un mapa mental desde un concepto (esquema Markdown, listo para Markmap).")
final class MindmapCommand implements Callable<Integer> {
    @Mixin ExplorerOptions options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CONCEPTO") String concept;

    @Option(names = {"-d", "--profundidad"}, defaultValue = "2", description = "De 1 a 4 (por defecto 2).")
    int depth;

    @Override
    public Integer call() {
        try (Explorer explorer = options.open()) {
            var out = spec.commandLine().getOut();
            out.print(MarkdownMindMap.render(explorer.mindMap(concept, depth, options.relations)));
            out.flush();
            return 0;
        }
    }
}
