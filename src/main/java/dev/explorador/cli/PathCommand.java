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
@Command(name = "path", description = "Muestra las cadenas de relaciones más cortas entre dos conceptos.")
final class PathCommand implements Callable<Integer> {
    @Mixin ExplorerOptions options;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESDE") String from;
    @Parameters(index = "1", paramLabel = "HASTA") String to;

    @Option(names = "--max-longitud", defaultValue = "6", description = "Pasos como máximo (1 a 8; por defecto 6).")
    int maxLength;

    @Option(names = "--caminos", defaultValue = "3", description = "Cuántas cadenas mostrar (1 a 10; por defecto 3).")
    int maxPaths;

    @Override
    public Integer call() {
        try (Explorer explorer = options.open()) {
            PathResult result = explorer.path(from, to, maxLength, maxPaths, options.relations);
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
