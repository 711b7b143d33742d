package dev.explorador.cli;

import dev.explorador.query.ConceptPath;
import dev.explorador.query.Explorer;
import dev.explorador.query.PathResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code path <desde> <hasta>}: ¿cómo se conecta A con B? */
@Command(name = "path", description = {
        "Muestra cadenas distintas de relaciones entre dos conceptos: las más cortas y las de uno o dos pasos más.",
        "No usa «se confunde con» (una trampa no es una conexión) ni «se relaciona con» salvo con --todas-las-relaciones."})
final class PathCommand implements Callable<Integer> {
    @Mixin ExplorerOptions options;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESDE") String from;
    @Parameters(index = "1", paramLabel = "HASTA") String to;

    @Option(names = "--max-longitud", paramLabel = "N", defaultValue = "6", description = "Pasos como máximo (1 a 8; por defecto 6).")
    int maxLength;

    @Option(names = "--caminos", paramLabel = "N", defaultValue = "5", description = "Cuántas cadenas mostrar (1 a 10; por defecto 5).")
    int maxPaths;

    @Option(names = "--todas-las-relaciones", description = "Incluye también «se confunde con» y «se relaciona con».")
    boolean allRelations;

    @Override
    public Integer call() {
        try (Explorer explorer = options.open()) {
            PathResult result = explorer.path(from, to, maxLength, maxPaths, options.relations, allRelations);
            var out = spec.commandLine().getOut();
            if (result.paths().isEmpty()) {
                out.println("No hay ninguna cadena de como mucho " + maxLength + " pasos entre «"
                        + result.from().label() + "» y «" + result.to().label() + "».");
                out.flush();
                return 3;
            }
            for (ConceptPath path : result.paths()) out.println(path.sentence());
            out.flush();
            return 0;
        }
    }
}
