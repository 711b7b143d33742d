package dev.explorador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jar a user runs, not the classes the unit tests see: the shade plugin leaves libraries out and trims others
 * (pom.xml), so a class or resource missing from the jar only shows here. Runs after {@code package} (failsafe).
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "explorador.jar");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Process server;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        port = freePort();
        // Started away from the project, so it serves the viewer copied into the jar, not ./web.
        Path elsewhere = Files.createTempDirectory("explorador-jar");
        server = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "serve", "--port", String.valueOf(port))
                .directory(elsewhere.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 600; i++) {
            assertTrue(server.isAlive(), "el servidor del jar terminó al arrancar");
            try {
                if (get("/api/stats", "application/json").statusCode() == 200) return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("el servidor del jar no respondió en un minuto");
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server == null) return;
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
    }

    @Test
    void leavesOutTheBenchTheTestServerAndTheirLibraries() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> foreign = zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/apache/jena/fuseki/") || n.startsWith("org/bouncycastle/")
                            || n.startsWith("dev/explorador/bench/") || n.startsWith("com/google/protobuf/"))
                    .limit(5).toList();
            assertEquals(List.of(), foreign);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/                                                      | text/html              | text/html",
        "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js        | */*                    | javascript",
        "/api/search?q=tablas%20de%20inferencia                 | application/json       | application/json",
        "/api/concepts/inference-table                          | application/json       | application/json",
        "/api/compare?c=pay-per-token&c=provisioned-throughput  | application/json       | application/json",
        "/concepto/inference-table                              | text/turtle            | text/turtle",
        "/concepto/inference-table                              | application/ld+json    | application/ld+json",
        "/concepto/inference-table                              | application/rdf+xml    | application/rdf+xml",
        "/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203 | application/sparql-results+xml | sparql-results+xml",
        "/sparql?query=DESCRIBE%20%3Chttps%3A%2F%2Fexplorador-genai.example%2Fconcepto%2Finference-table%3E | application/n-triples | application/n-triples",
        "/api/export/anki                                       | */*                    | text/",
        "/api/export/resumen?format=pdf&edicion=chuleta        | */*                    | application/pdf",
        "/api/export/obsidian                                   | */*                    | application/zip",
    })
    void servesEveryFormatFromTheJar(String path, String accept, String expectedType) throws Exception {
        HttpResponse<byte[]> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.strip()))
                .header("Accept", accept.strip()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.contains(expectedType.strip()), path + " answered " + type);
        assertTrue(answer.body().length > 0, path + " answered an empty body");
    }

    /**
     * A server on the bundled graph answers searches before it has read the graph, and reads it while the first
     * requests come in: every kind of request, sent the moment it listens, gets its answer (two threads initialising
     * Jena at once once deadlocked here: the card and SPARQL requests never answered).
     */
    @Test
    void aFreshServerAnswersEveryKindOfRequestSentTheMomentItListens() throws Exception {
        int fresh = freePort();
        Process process = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "serve", "--port", String.valueOf(fresh))
                .directory(Files.createTempDirectory("explorador-jar").toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<String> paths = List.of("/api/search?q=tabla", "/api/concepts/pyfunc", "/api/stats", "/api/concepts",
                    "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "/api/outline", "/concepto/pyfunc", "/js/app.js");
            List<java.util.concurrent.CompletableFuture<Integer>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> firstAnswer(fresh, path, process),
                        java.util.concurrent.Executors.newSingleThreadExecutor()));
            }
            for (int i = 0; i < paths.size(); i++) {
                // A deadlock never answers: a minute is only the limit on waiting for it, not a measure of speed.
                assertEquals(200, answers.get(i).get(1, TimeUnit.MINUTES), paths.get(i));
            }
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    /** The status of the first answer to a request repeated until the server listens. */
    private static int firstAnswer(int port, String path, Process process) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        while (process.isAlive()) {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notListeningYet) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    @Test
    void refusesRdfProtobufWhoseLibraryIsLeftOut() throws Exception {
        String construct = "/sparql?query=" + java.net.URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8);
        HttpResponse<String> answer = get(construct, "application/rdf+protobuf");
        assertEquals(406, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("text/turtle"), answer.body());
    }

    @Test
    void theCommandLineVerbsRunFromTheJar(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir, "validate").exit());
        Run search = run(dir, "search", "perfil de series temporales");
        assertEquals(0, search.exit(), search.output());
        assertTrue(search.output().contains("time-series-profile") || search.output().contains("serie"), search.output());
        Path pdf = dir.resolve("esencial.pdf");
        assertEquals(0, run(dir, "export", "resumen", "--edicion", "esencial", "--format", "pdf", "-o", pdf.toString()).exit());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 1);
        }
        Run mindmap = run(dir, "mindmap", "--curso", "--format", "opml");
        assertEquals(0, mindmap.exit());
        assertTrue(mindmap.output().contains("<opml"), mindmap.output());
        Path tdb = dir.resolve("tdb");
        Run onDisk = run(dir, "search", "--store", "tdb2:" + tdb, "AI Gateway");
        assertEquals(0, onDisk.exit(), onDisk.output());
        assertTrue(Files.isDirectory(tdb));
    }

    private record Run(int exit, String output) {}

    private static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Run(process.exitValue(), output);
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
