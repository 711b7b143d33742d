package dev.explorador.cli;

import dev.explorador.query.Explorer;
import dev.explorador.query.SearchHit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search <texto>...}: finds concepts by any name, accents, case and typos forgiven. */
@Command(name = "search", description = "Busca conceptos por nombre en español o inglés (sin importar tildes ni erratas).")
final class SearchCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TEXTO", arity = "1..*", description = "Lo que buscas; varias búsquedas se responden por separado con --cada.")
    java.util.List<String> texts;

    @Option(names = {"-n", "--limite"}, defaultValue = "10", description = "Cuántos resultados (1 a 100; por defecto 10).")
    int limit;

    @Option(names = "--cada", description = "Trata cada argumento como una búsqueda distinta.")
    boolean each;

    @Override
    public Integer call() {
        try (Explorer explorer = new Explorer(graph.openStore())) {
            var out = spec.commandLine().getOut();
            for (String text : each ? texts : java.util.List.of(String.join(" ", texts))) {
                if (each) out.println("» " + text);
                for (SearchHit hit : explorer.search(text, limit)) {
                    out.printf("%3d  %s [%s]  (%s)%n", hit.score(), hit.concept().label(), hit.concept().slug(), hit.matched());
                }
            }
            out.flush();
            return 0;
        }
    }
}
