package dev.explorador.cli;

import dev.explorador.fulltext.TextMatch;
import dev.explorador.query.Explorer;
import dev.explorador.query.SearchHit;
import dev.explorador.query.SearchScope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search <texto>...}: finds concepts by any name (accents, case and typos forgiven) and inside every card. */
@Command(name = "search", description = {
        "Busca conceptos por nombre en español o inglés (sin importar tildes ni erratas) y dentro del texto de cada ficha y pregunta.",
        "Primero los nombres; después, las fichas y preguntas cuyo texto lo menciona, con el campo y un fragmento (lo encontrado entre **)."})
final class SearchCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TEXTO", arity = "1..*", description = "Lo que buscas; varias búsquedas se responden por separado con --cada.")
    java.util.List<String> texts;

    @Option(names = {"-n", "--limite"}, paramLabel = "N", defaultValue = "10", description = "Cuántos resultados (1 a 100; por defecto 10).")
    int limit;

    @Option(names = "--cada", description = "Trata cada argumento como una búsqueda distinta.")
    boolean each;

    @Option(names = "--en", defaultValue = "todo", paramLabel = "DONDE",
            description = "nombres, texto (dentro de las fichas y preguntas) o todo (por defecto).")
    String scope;

    @Override
    public Integer call() {
        SearchScope where = SearchScope.parse(scope);
        try (Explorer explorer = new Explorer(graph.openStore())) {
            var out = spec.commandLine().getOut();
            for (String text : each ? texts : java.util.List.of(String.join(" ", texts))) {
                if (each) out.println("» " + text);
                for (SearchHit hit : explorer.search(text, limit, where)) {
                    if (!hit.inText()) {
                        out.printf("%3d  %s [%s]  (%s)%n", hit.score(), hit.concept().label(), hit.concept().slug(), hit.matched());
                    } else {
                        String whose = hit.question() != null ? "pregunta " + hit.question() + " sobre " + hit.concept().label()
                                : hit.concept().label();
                        out.printf("%3d  %s [%s]  %s: %s%n", hit.score(), whose, hit.concept().slug(), hit.fieldLabel(), marked(hit));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** The snippet with the matched words between ** (as Markdown bold). */
    static String marked(SearchHit hit) {
        StringBuilder text = new StringBuilder(hit.snippet());
        java.util.List<TextMatch.Span> spans = hit.highlights();
        for (int i = spans.size() - 1; i >= 0; i--) {
            text.insert(spans.get(i).end(), "**").insert(spans.get(i).start(), "**");
        }
        return text.toString().replace('\n', ' ');
    }
}
