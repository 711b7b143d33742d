package dev.explorador.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every verb, given something wrong, answers in Spanish, names the problem, shows no stack trace and exits with 2;
 * a bug, on the contrary, is not dressed up as the user's fault.
 */
class BadArgumentsTest {
    private static final String NO_FOLDER = "/no/existe/ontologia";
    /** What picocli or Java would have printed had the message not been ours. */
    private static final List<String> FOREIGN = List.of("at dev.", "at picocli.", "Exception", "Unknown option",
            "Missing required", "Invalid value", "Unmatched argument", "Usage:", "expected one of");

    /** Verb, arguments (separated by «|»), and a piece of the message that names the problem. */
    static Stream<Arguments> badArguments() {
        return Stream.of(
                row("", "frobnicar", "Orden desconocida «frobnicar». Las órdenes son: serve, validate"),
                row("serve", "serve|--zz", "Opción desconocida «--zz»"),
                row("serve", "serve|--port|abc", "La opción --port no admite «abc»: debe ser un número entero"),
                row("serve", "serve|--port|70000", "El puerto debe estar entre 0 y 65535 (se pidió 70000)"),
                row("serve", "serve|--sparql-tiempo|0", "El tiempo límite por consulta SPARQL (ms) debe ser positivo"),
                row("serve", "serve|--port|0|--ontologia|" + NO_FOLDER, "No existe la carpeta de la ontología"),
                row("validate", "validate|--ontologia|" + NO_FOLDER, "No existe la carpeta de la ontología"),
                row("validate", "validate|sobrante", "Sobra el argumento «sobrante»"),
                row("mentions", "mentions|--resumen=si", "La opción --resumen no admite «si»: es un interruptor (sin valor, o true/false)"),
                row("mentions", "mentions|--ontologia", "A la opción --ontologia le falta su valor (CARPETA)"),
                row("search", "search", "Falta el argumento TEXTO"),
                row("search", "search|vacunas|-n|muchos", "La opción -n no admite «muchos»: debe ser un número entero"),
                row("search", "search|vacunas|--en|todas-partes", "«in» (--en) debe ser names, text o all"),
                row("query", "query", "Falta uno de estos: CONSULTA o --file ARCHIVO"),
                row("query", "query|ASK {}|-f|consulta.rq", "Usa solo uno de estos: CONSULTA o -f ARCHIVO"),
                row("query", "query|--file|/no/existe/consulta.rq", "No existe el archivo o la carpeta /no/existe/consulta.rq"),
                row("query", "query|ASK {}|--format|xml", "La opción --format no admite «xml»; usa uno de: table, tsv, csv, json"),
                row("query", "query|ASK {}|--tiempo|0", "El tiempo límite por consulta SPARQL (ms) debe ser positivo"),
                row("related", "related", "Falta el argumento CONCEPTO"),
                row("related", "related|pyfunc|-d", "A la opción -d le falta su valor (N)"),
                row("related", "related|piyfunc", "No hay ningún concepto llamado «piyfunc». ¿Quisiste decir"),
                row("path", "path|pyfunc", "Falta el argumento HASTA"),
                row("path", "path|pyfunc|mlflow|--caminos|muchos", "La opción --caminos no admite «muchos»"),
                row("path", "path|pyfunc|mlflow|--store|mysql:x", "Almacén desconocido «mysql:x»: usa mem, tdb2:CARPETA o sparql:URL"),
                row("mindmap", "mindmap", "Indica un concepto o --curso (uno de los dos)"),
                row("mindmap", "mindmap|pyfunc|-f|mm", "Opción desconocida «-f»"),
                row("mindmap", "mindmap|pyfunc|--format|xmind", "Formato de mapa mental desconocido «xmind»: usa md, mm, opml, mermaid, dot"),
                row("mindmap", "mindmap|--curso|--alcance|examen", "«alcance» debe ser «curso»"),
                row("compare", "compare|--zz", "Opción desconocida «--zz»"),
                row("compare", "comparar|pyfunc|pyfunc", "Para comparar hacen falta al menos dos conceptos distintos"),
                row("export", "export|pdf", "Orden desconocida «pdf». Las órdenes son: resumen, anki, obsidian, rdf"),
                row("export resumen", "export|resumen|--format|docx", "Formato de resumen desconocido «docx»: usa md, html, pdf"),
                row("export resumen", "export|resumen|--edicion|breve", "Edición del resumen desconocida «breve»"),
                row("export resumen", "export|resumen|-f|pdf", "Opción desconocida «-f»"),
                row("export anki", "export|anki|--alcance|examen", "«alcance» debe ser «curso»"),
                row("export obsidian", "export|obsidian", "Falta el argumento CARPETA"),
                row("export rdf", "export|rdf|--format|owl", "Formato de RDF desconocido «owl»: usa ttl, jsonld, nt, rdfxml"),
                row("stats", "stats|--store|tdb2:", "--store tdb2: necesita una carpeta"),
                row("stats", "stats|extra", "Sobra el argumento «extra»"));
    }

    private static Arguments row(String verb, String args, String expected) {
        return Arguments.of(verb, args, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void aBadArgumentIsExplainedInSpanishWithExitCode2(String verb, String args, String expected) {
        CliRunner.Run run = CliRunner.run(args.split("\\|"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        for (String foreign : FOREIGN) assertFalse(run.err().contains(foreign), "«" + foreign + "» in: " + run.err());
        assertTrue(run.out().isBlank(), "nothing on standard output: " + run.out());
    }

    @Test
    void everyVerbHasARowOfBadArguments() {
        Set<String> covered = badArguments().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(verbs(ExplorerCommand.commandLine()));
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "verbs without a row in badArguments()");
    }

    /** The verbs a user can run, by their name under the root ("export resumen"); not picocli's own help. */
    private static Set<String> verbs(CommandLine line) {
        Set<String> verbs = new LinkedHashSet<>();
        for (CommandLine sub : new LinkedHashSet<>(line.getSubcommands().values())) {
            if (sub.getCommand() instanceof CommandLine.HelpCommand) continue;
            String name = sub.getCommandSpec().qualifiedName(" ").substring(line.getCommandSpec().root().name().length()).trim();
            verbs.add(name);
            verbs.addAll(verbs(sub));
        }
        return verbs;
    }

    @Test
    void aPortInUseIsNamedAndTheUserToldToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRunner.Run run = CliRunner.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("No se pudo abrir el puerto " + taken.getLocalPort() + ": ya lo usa otro programa"), run.err());
            assertTrue(run.err().contains("--port"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void everyVerbAnswersHelpInSpanish() {
        for (String verb : verbs(ExplorerCommand.commandLine())) {
            List<String> args = new ArrayList<>(Arrays.asList(verb.split(" ")));
            args.add("--help");
            CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, run.code(), verb + ": " + run.err());
            assertTrue(run.out().startsWith("Uso: explorador " + verb), verb + ": " + run.out());
            assertTrue(run.out().contains("Muestra esta ayuda y termina."), verb + ": " + run.out());
        }
    }

    @Test
    void aBugIsNotTakenForTheUsersMistake() {
        StringWriter err = new StringWriter();
        CommandLine line = ExplorerCommand.commandLine();
        line.setErr(new PrintWriter(err, true));
        for (RuntimeException bug : List.of(new IllegalArgumentException("índice -1"), new NullPointerException())) {
            err.getBuffer().setLength(0);
            int code = new UserErrorHandler().handleExecutionException(bug, line, null);
            assertEquals(1, code, err.toString());
            assertTrue(err.toString().startsWith("Error inesperado"), err.toString());
            assertTrue(err.toString().contains("\tat dev.explorador.cli.BadArgumentsTest"), "the stack trace, for the report: " + err);
        }
    }
}
