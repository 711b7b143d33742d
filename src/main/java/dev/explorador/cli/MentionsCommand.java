package dev.explorador.cli;

import dev.explorador.audit.MentionAudit;
import dev.explorador.audit.MentionReport;
import dev.explorador.graph.LoadedOntology;
import dev.explorador.graph.OntologyLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mentions}: the mention audit; exit 0 only when every mention and identifier is explained. */
@Command(name = "mentions", description = "Auditoría de menciones: si la ficha de A nombra a B, A y B están enlazados "
        + "(o hay una exención con motivo); cada identificador de código es un concepto (o está exento); «se relaciona con» "
        + "no pasa del 10 %% de los enlaces. Código 1 si algo queda sin explicar.")
final class MentionsCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = {"--resumen", "--summary"}, description = "Solo las cifras, sin la lista por concepto.")
    boolean summaryOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedOntology ontology = new OntologyLoader().load(graph.ontologyFolder());
        MentionReport report = new MentionAudit().audit(ontology.model());
        var out = spec.commandLine().getOut();
        out.print(summaryOnly ? report.summary() : report.describe());
        out.flush();
        return report.clean() ? 0 : 1;
    }
}
