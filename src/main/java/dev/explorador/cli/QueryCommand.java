package dev.explorador.cli;

import dev.explorador.sparql.SparqlLimits;
import dev.explorador.sparql.SparqlResult;
import dev.explorador.sparql.SparqlService;
import dev.explorador.store.KnowledgeStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query}: runs a SPARQL query given as text or in a file, and prints it as a table, TSV, CSV or JSON. */
@Command(name = "query", description = "Ejecuta una consulta SPARQL (texto o archivo .rq).")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, tsv, csv, json }

    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "CONSULTA", description = "El texto de la consulta.") String text;
        @Option(names = {"-f", "--file", "--archivo"}, paramLabel = "ARCHIVO", description = "Lee la consulta de un archivo.") Path file;
    }

    @Option(names = {"--format", "--formato"}, defaultValue = "table", paramLabel = "FORMATO", description = "table, tsv, csv o json (SELECT/ASK); las consultas CONSTRUCT/DESCRIBE salen en Turtle.")
    Format format;

    @Option(names = "--tiempo", paramLabel = "MS", defaultValue = "10000", description = "Tiempo límite en milisegundos (por defecto 10000).")
    long timeout;

    @Override
    public Integer call() throws IOException {
        String text = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        SparqlLimits limits = new SparqlLimits(timeout, SparqlLimits.defaults().maxResults());
        try (KnowledgeStore store = graph.openStore(); SparqlService sparql = new SparqlService(store, limits)) {
            SparqlResult result = sparql.execute(text);
            var out = spec.commandLine().getOut();
            out.print(render(result));
            out.flush();
            if (result.truncated()) spec.commandLine().getErr().println("(resultado recortado a " + sparql.limits().maxResults() + " filas)");
            return 0;
        }
    }

    private String render(SparqlResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (result.isGraph()) {
            RDFDataMgr.write(bytes, result.graph(), Lang.TURTLE);
        } else if (result.ask() != null) {
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(bytes, result.ask());
                case csv -> ResultSetFormatter.outputAsCSV(bytes, result.ask());
                case tsv -> ResultSetFormatter.outputAsTSV(bytes, result.ask());
                case table -> { return (result.ask() ? "sí" : "no") + System.lineSeparator(); }
            }
        } else {
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(bytes, result.rows());
                case csv -> ResultSetFormatter.outputAsCSV(bytes, result.rows());
                case tsv -> ResultSetFormatter.outputAsTSV(bytes, result.rows());
                case table -> ResultSetFormatter.out(bytes, result.rows());
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
