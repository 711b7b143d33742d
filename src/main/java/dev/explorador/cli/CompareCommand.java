package dev.explorador.cli;

import dev.explorador.compare.Attribute;
import dev.explorador.compare.CompareService;
import dev.explorador.compare.Comparison;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.compare.Member;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare a b …}: two or more concepts side by side; {@code compare --grupos}: the ontology's comparison groups. */
@Command(name = "compare", aliases = "comparar",
        description = "Compara dos o más conceptos lado a lado: definición, atributos comparables, consejo de examen y trampas.")
final class CompareCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CONCEPTO", arity = "0..*", description = "De 2 a " + CompareService.MAX_CONCEPTS
            + " conceptos: nombre en español o inglés, o slug.")
    List<String> concepts = List.of();

    @Option(names = {"-g", "--grupos"}, description = "Lista los grupos de comparación de la ontología (las tablas del resumen).")
    boolean groups;

    @Override
    public Integer call() {
        try (Explorer explorer = new Explorer(graph.openStore())) {
            CompareService service = new CompareService(explorer);
            PrintWriter out = spec.commandLine().getOut();
            if (groups || concepts.isEmpty()) {
                for (ComparisonGroup g : service.groups()) {
                    out.println(g.label() + " [" + g.id() + "]");
                    if (g.pregunta() != null) out.println("  " + g.pregunta());
                    out.println("  " + g.miembros().stream().map(m -> m.concept().label() + " [" + m.concept().slug() + "]")
                            .collect(Collectors.joining(" · ")));
                }
                if (service.groups().isEmpty()) out.println("(la ontología no tiene grupos de comparación)");
            } else {
                print(out, service.compare(concepts));
            }
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, Comparison c) {
        for (Member m : c.miembros()) {
            ConceptRef r = m.concept();
            out.println("■ " + r.label() + (r.labelEn() != null && !r.labelEn().equalsIgnoreCase(r.label()) ? " (" + r.labelEn() + ")" : "")
                    + " [" + r.slug() + "]");
            out.println("  Qué es: " + m.definicion());
            for (Attribute a : c.atributos()) {
                if (m.valores().containsKey(a.id())) out.println("  " + a.label() + ": " + m.valores().get(a.id()));
            }
            if (m.consejoExamen() != null) out.println("  Consejo de examen: " + m.consejoExamen());
            if (!m.trampas().isEmpty()) {
                out.println("  Se confunde con: " + m.trampas().stream().map(ConceptRef::label).collect(Collectors.joining(", ")));
            }
            out.println();
        }
        if (!c.grupos().isEmpty()) {
            out.println("Tablas del resumen que los comparan: " + c.grupos().stream().map(ComparisonGroup::label).collect(Collectors.joining("; ")));
        }
    }
}
