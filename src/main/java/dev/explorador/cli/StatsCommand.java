package dev.explorador.cli;

import dev.explorador.query.Explorer;
import dev.explorador.query.Stats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: the figures of the graph. */
@Command(name = "stats", description = "Cifras del grafo: conceptos, relaciones, preguntas, secciones del examen.")
final class StatsCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Explorer explorer = new Explorer(graph.openStore())) {
            Stats s = explorer.stats();
            var out = spec.commandLine().getOut();
            out.println("Almacén: " + explorer.store().describe());
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
            out.flush();
            return 0;
        }
    }
}
