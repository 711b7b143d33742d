package dev.explorador.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code arranque}: start-up as a user sees it, a whole process from {@code java -jar … serve} to the first
 * {@code /api/search} answer, several times; prints each run and the median. Then, in the same run, to the first
 * answer of a concept's card, which needs the graph read (a search answers from what the build recorded before it).
 */
@Command(name = "arranque", description = "Mide el arranque: de «java -jar explorador.jar serve» a la primera respuesta de /api/search, y a la primera ficha.")
final class StartupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--jar", defaultValue = "target/explorador.jar", description = "El jar del producto (por defecto target/explorador.jar).")
    Path jar;

    @Option(names = "--veces", defaultValue = "5", description = "Arranques (por defecto 5).")
    int runs;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(jar)) {
            spec.commandLine().getErr().println("No existe " + jar + ": primero mvn package.");
            return 1;
        }
        List<Double> searches = new ArrayList<>();
        List<Double> cards = new ArrayList<>();
        out.println("| Arranque | Primera respuesta de /api/search (ms) | Primera ficha, con el grafo leído (ms) |");
        out.println("|---:|---:|---:|");
        for (int run = 1; run <= runs; run++) {
            double[] ms = once();
            searches.add(ms[0]);
            cards.add(ms[1]);
            out.printf("| %d | %.0f | %.0f |%n", run, ms[0], ms[1]);
            out.flush();
        }
        out.printf("%nMediana de %d arranques: búsqueda %s; ficha %s; %d núcleos, carga media %.2f.%n", runs, summary(searches),
                summary(cards), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format("%.0f ms (mín. %.0f, máx. %.0f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** Milliseconds from the start of the process to the first search answer, and to the first card answer after it. */
    private double[] once() throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        URI search = URI.create("http://127.0.0.1:" + port + "/api/search?q=tabla");
        URI card = URI.create("http://127.0.0.1:" + port + "/api/concepts/pyfunc");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            double searched = firstAnswer(process, search, start);
            return new double[] {searched, firstAnswer(process, card, start)};
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private double firstAnswer(Process process, URI uri, long start) throws InterruptedException {
        while (true) {
            if (!process.isAlive()) throw new IllegalStateException("el servidor terminó con código " + process.exitValue());
            try {
                if (client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
