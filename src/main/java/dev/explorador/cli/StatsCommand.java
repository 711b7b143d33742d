package dev.explorador.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.explorador.query.Explorer;
import dev.explorador.query.Stats;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: the figures of the graph, as text or as the same JSON as {@code /api/stats}. */
@Command(name = "stats", description = "Cifras del grafo: conceptos, relaciones, preguntas, secciones del examen y "
        + "legibilidad de los textos (índice INFLESZ).")
final class StatsCommand implements Callable<Integer> {
    enum Format { texto, json }

    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Option(names = {"-f", "--formato", "--format"}, defaultValue = "texto", paramLabel = "FORMATO",
            description = "texto (por defecto) o json (lo mismo que /api/stats).")
    Format format;

    @Override
    public Integer call() {
        try (Explorer explorer = new Explorer(graph.openStore())) {
            Stats s = explorer.stats();
            var out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(s));
            } else {
                out.println("Almacén: " + explorer.store().describe());
                printText(s, out);
            }
            out.flush();
            return 0;
        }
    }

    private static void printText(Stats s, PrintWriter out) {
        out.printf("Tripletas: %d%n", s.triples());
        out.printf("Conceptos: %d · Preguntas: %d · Relaciones definidas: %d · Enlaces entre conceptos: %d%n",
                s.nodesByClass().get("skos:Concept"), s.nodesByClass().get("gd:Pregunta"),
                s.nodesByClass().get("gd:Relacion"), s.links());
        out.printf("Módulos: %d · Temas: %d · Secciones del examen: %d · Objetivos: %d%n",
                s.nodesByClass().get("gd:Modulo"), s.nodesByClass().get("gd:Tema"),
                s.nodesByClass().get("gd:SeccionExamen"), s.nodesByClass().get("gd:ObjetivoExamen"));
        out.println("\nConceptos por tipo:");
        s.conceptsByKind().forEach(c -> out.printf("  %-32s %4d%n", c.label(), c.count()));
        out.println("\nEnlaces por relación:");
        s.linksByRelation().forEach(c -> out.printf("  %-32s %4d%n", c.label(), c.count()));
        out.println("\nSecciones del examen (peso · objetivos · preguntas · conceptos que las enseñan):");
        s.sections().forEach(c -> out.printf("  %d. %-38s %3d%% %4d %4d %4d%n", c.number(), c.label(), c.weight(),
                c.objectives(), c.questions(), c.concepts()));
        out.println("\nLegibilidad (INFLESZ de Szigriszt-Pazos; textos · mediana · nivel · por debajo de 55):");
        s.readability().forEach(r -> out.printf("  %-32s %4d %6.1f  %-15s %4d%n", r.label(), r.texts(), r.median(),
                r.level(), r.under55()));
    }

    private static String json(Stats s) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
