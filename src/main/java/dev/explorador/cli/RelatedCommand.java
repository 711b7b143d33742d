package dev.explorador.cli;

import dev.explorador.query.Explorer;
import dev.explorador.query.RelatedEntry;
import dev.explorador.query.RelatedResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code related <concepto>}: ¿qué se relaciona con X? */
@Command(name = "related", description = "Muestra los conceptos relacionados con uno, en ambos sentidos.")
final class RelatedCommand implements Callable<Integer> {
    @Mixin ExplorerOptions options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CONCEPTO", description = "Nombre en español o inglés, o slug.")
    String concept;

    @Option(names = {"-d", "--depth", "--profundidad"}, paramLabel = "N", defaultValue = "1", description = "De 1 a 3 (por defecto 1).")
    int depth;

    @Override
    public Integer call() {
        try (Explorer explorer = options.open()) {
            RelatedResult result = explorer.related(concept, depth, options.relations);
            var out = spec.commandLine().getOut();
            out.println(result.root().label() + " [" + result.root().slug() + "]");
            for (RelatedEntry e : result.entries()) {
                String indent = "  ".repeat(e.depth());
                String via = e.depth() > 1 ? e.from().label() + " " : "";
                out.println(indent + via + e.relationLabel() + " → " + e.concept().label() + " [" + e.concept().slug() + "]");
            }
            if (result.entries().isEmpty()) out.println("  (sin relaciones con ese filtro)");
            out.flush();
            return 0;
        }
    }
}
