package dev.explorador.cli;

import dev.explorador.audit.MentionAudit;
import dev.explorador.audit.MentionReport;
import dev.explorador.graph.ContractValidator;
import dev.explorador.graph.LoadedOntology;
import dev.explorador.graph.OntologyLoader;
import dev.explorador.graph.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: reads the ontology and checks the knowledge contract; exit 0 only when all is well. */
@Command(name = "validate", description = "Comprueba la sintaxis y el contrato de conocimiento de la ontología.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--menciones", description = "Además, la auditoría de menciones (las cifras; el detalle, con «mentions»).")
    boolean mentions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedOntology ontology = new OntologyLoader().load(graph.ontologyFolder());
        ValidationReport report = new ContractValidator().validate(ontology);
        var out = report.valid() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        out.println("Leídos " + ontology.files().size() + " archivos, " + ontology.model().size() + " tripletas.");
        out.println(report.describe().stripTrailing());
        boolean ok = report.valid();
        if (mentions) {
            MentionReport audit = new MentionAudit().audit(ontology.model());
            out.println();
            out.print(audit.summary());
            if (!audit.clean()) out.println("  Detalle: explorador mentions");
            ok &= audit.clean();
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
