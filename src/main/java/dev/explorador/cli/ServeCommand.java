package dev.explorador.cli;

import dev.explorador.http.ExplorerServer;
import dev.explorador.http.ServerSettings;
import dev.explorador.query.Explorer;
import dev.explorador.query.TextSearchService;
import dev.explorador.sparql.SparqlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the viewer, the JSON API and the SPARQL endpoint, until the process is stopped. */
@Command(name = "serve", description = "Sirve el visor, la API JSON y el endpoint SPARQL.")
final class ServeCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Option(names = "--host", paramLabel = "DIRECCION", defaultValue = "127.0.0.1", description = "Dirección donde escuchar (por defecto 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "PUERTO", defaultValue = "7070", description = "Puerto (por defecto 7070).")
    int port;

    @Option(names = "--web", paramLabel = "CARPETA", description = "Carpeta del visor (por defecto ./web o la copia del jar).")
    Path web;

    @Option(names = "--sparql-tiempo", paramLabel = "MS", defaultValue = "10000", description = "Tiempo límite por consulta SPARQL, en ms.")
    long sparqlTimeout;

    @Option(names = "--sparql-filas", paramLabel = "N", defaultValue = "10000", description = "Máximo de filas por respuesta SPARQL.")
    long sparqlRows;

    @Option(names = "--sparql-paralelas", paramLabel = "N", defaultValue = "4", description = "Consultas SPARQL a la vez; las demás reciben 503.")
    int sparqlConcurrent;

    @Option(names = "--sparql-memoria", defaultValue = "512", paramLabel = "MB",
            description = "Memoria que puede reservar cada consulta SPARQL, en MB; al pasarla se detiene con 503.")
    long sparqlMemoryMb;

    @Option(names = "--origen", paramLabel = "ORIGEN",
            description = "Origen (p. ej. http://localhost:3000) cuyas páginas pueden leer las respuestas; se repite. "
                    + "Por defecto ninguno: solo las páginas del propio explorador.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--nombre", paramLabel = "NOMBRE",
            description = "Nombre de servidor extra aceptado en la cabecera Host (las IP y localhost siempre valen); se repite.")
    List<String> hostNames = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Path webFolder = web != null ? web : Files.isDirectory(Path.of("web")) ? Path.of("web") : null;
        ServerSettings settings = new ServerSettings(host, port, webFolder, // a bad port or limit is refused before any work
                new SparqlLimits(sparqlTimeout, sparqlRows, sparqlConcurrent, sparqlMemoryMb * 1024 * 1024),
                origins, withBindName(hostNames));
        // The graph loads on one core while the web server starts, and the built text index is read, on the other.
        if (graph.usesBundledGraphInMemory()) TextSearchService.prefetchBuiltIndex();
        CompletableFuture<Explorer> loading = CompletableFuture.supplyAsync(() -> new Explorer(graph.openStore()));
        ExplorerServer server = ExplorerServer.start(loading, settings);
        Explorer explorer;
        try {
            explorer = loading.join();
            // The bundled graph answers from what the build recorded while its files are still read: wait for them
            // before saying the explorer is ready, and stop if they do not load.
            explorer.store().loaded().join();
        } catch (CompletionException e) {
            server.close(); // a graph that does not load or breaks the contract: nothing is served
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        var out = spec.commandLine().getOut();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine().getErr().println("AVISO: escuchando en " + host + ", no solo en este equipo: "
                    + "cualquiera que alcance esa dirección puede consultar el grafo.");
        }
        out.printf("Explorador listo en http://%s:%d/ (%s, %d conceptos, %d ms)%n", host, server.port(),
                explorer.store().describe(), explorer.snapshot().concepts().size(), (System.nanoTime() - started) / 1_000_000);
        out.flush();
        // The full-text index is built now, in the background, rather than on the first search of a visitor.
        CompletableFuture.runAsync(explorer::prepareTextSearch);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            explorer.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The name given to --host is one the server answers to, whatever it is. */
    private List<String> withBindName(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(host);
        return all;
    }
}
