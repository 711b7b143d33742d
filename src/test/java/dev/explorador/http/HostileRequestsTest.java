package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.explorador.sparql.SparqlLimits;
import dev.explorador.testing.ExplorerHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of the hostile review (research/evaluacion/ataques.md) against a real server: a query never
 * makes the explorer call another server, the three query bombs end while normal requests are answered, slow
 * bodies cannot hold every connection, a foreign Host is refused, and HTTP answers the way the RFCs say.
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExplorerHttp http;

    @BeforeAll
    static void start() throws Exception {
        http = ExplorerHttp.start(new SparqlLimits(3_000, 1_000, 4));
        assertEquals(200, http.get("/api/stats", null).statusCode(), "graph loaded");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void noQueryMakesTheExplorerCallAnotherServer() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] secret = "root:x:0:0:SECRETO".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, secret.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(secret);
            }
        });
        internal.start();
        try {
            String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/secret";
            String[] attacks = {
                "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?u { <" + url + "> } SERVICE ?u { ?s ?p ?o } }",
                "ASK { FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }",
                "SELECT * WHERE { { SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"a\") AS ?x) }",
                "SELECT * WHERE { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
            };
            for (String attack : attacks) {
                var response = http.post("/sparql", "application/sparql-query", attack, null);
                assertEquals(400, response.statusCode(), attack + " → " + response.body());
                assertTrue(!response.body().contains("SECRETO"), "nothing read back");
            }
            assertEquals(0, hits.get(), "the internal server received no request");
        } finally {
            internal.stop(0);
        }
    }

    @Test
    void queryBombsEndWhileNormalRequestsAreAnswered() throws Exception {
        String regex = "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "\", \"^((a+)*)*b$\")) }";
        String nestedPath = "ASK { <https://explorador-genai.example/concepto/pyfunc> ((!<urn:p>)*/(!<urn:p>)*)* <urn:none> }";
        StringBuilder doubling = new StringBuilder("SELECT (STRLEN(?v31) AS ?l) WHERE { BIND(\"ab\" AS ?v0) ");
        for (int i = 0; i < 31; i++) doubling.append("BIND(CONCAT(?v%d, ?v%d) AS ?v%d) ".formatted(i, i, i + 1));
        doubling.append('}');
        String sortedCrossProduct = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?c";
        List<String> bombs = List.of(regex, regex, regex, regex, nestedPath, doubling.toString(), sortedCrossProduct);

        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (String bomb : bombs) {
            running.add(http.client().sendAsync(HttpRequest.newBuilder(http.uri("/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(bomb)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> normal = new ArrayList<>();
        long slowest = 0;
        while (running.stream().anyMatch(f -> !f.isDone()) && normal.size() < 300) {
            long start = System.nanoTime();
            normal.add(http.get("/api/related/inference-table?depth=2", null).statusCode());
            normal.add(http.get("/api/search?q=tabla", null).statusCode());
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        for (int i = 0; i < bombs.size(); i++) {
            int status = running.get(i).get().statusCode();
            assertTrue(status == 400 || status == 503, "bomb " + i + " is stopped with 400 or 503, not " + status
                    + ": " + running.get(i).get().body());
        }
        assertTrue(normal.stream().allMatch(s -> s == 200), "every normal request answered: " + normal);
        assertEquals(200, http.get("/sparql?query=" + ExplorerHttp.encode("ASK {}"), null).statusCode(),
                "every slot is free again: no query outlived its budget");
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.printf("Bombas junto a tráfico normal: %d respuestas normales, la tanda más lenta %d ms, heap tras GC %d MB%n",
                normal.size(), slowest, heapMb);
        assertTrue(heapMb < 1024, "the heap stays bounded after the bombs: " + heapMb + " MB");
    }

    @Test
    void slowBodiesFromOneAddressDoNotStarveOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                try {
                    Socket socket = new Socket("127.0.0.1", http.port());
                    socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nq")
                            .getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                } catch (IOException refused) {
                    break;
                }
            }
            // Another client (another loopback address) is served while the slow ones hold their connections.
            try (Socket probe = new Socket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
                probe.connect(new InetSocketAddress("127.0.0.1", http.port()), 5_000);
                probe.setSoTimeout(15_000);
                probe.getOutputStream().write("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
            }
            int closedByServer = 0;
            for (Socket socket : slow) if (isClosedByServer(socket)) closedByServer++;
            System.out.printf("Cuerpos lentos: %d conexiones abiertas, %d cerradas por el servidor (límite por dirección)%n",
                    slow.size(), closedByServer);
            assertTrue(closedByServer >= slow.size() - 100, "no address holds more than 100 connections");
        } finally {
            for (Socket socket : slow) socket.close();
        }
    }

    private static boolean isClosedByServer(Socket socket) {
        try {
            socket.setSoTimeout(200);
            InputStream in = socket.getInputStream();
            return in.read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void aNameThatIsNotOursIsRefused() throws Exception {
        assertTrue(raw("GET /api/stats", "evil.example:" + http.port()).startsWith("HTTP/1.1 421"));
        assertTrue(raw("GET /api/stats", "127.0.0.1.nip.io").startsWith("HTTP/1.1 421"));
        assertTrue(raw("GET /api/stats", "localhost:" + http.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET /api/stats", "127.0.0.1:" + http.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET /api/stats", "[::1]:" + http.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void httpAnswersAsTheRfcsSay() throws Exception {
        assertTrue(raw("HEAD /api/concepts/no-existe", "127.0.0.1").startsWith("HTTP/1.1 404"), "HEAD like GET");
        String put = raw("PUT /sparql", "127.0.0.1");
        assertTrue(put.startsWith("HTTP/1.1 405") && put.contains("Allow: "), put);
        assertEquals(403, http.get("/sparql?update=" + ExplorerHttp.encode("INSERT DATA { <a> <b> <c> }"), null).statusCode());
        var semicolon = http.get("/sparql?query=" + ExplorerHttp.encode("ASK {}"), ";");
        assertTrue(semicolon.statusCode() == 406 || semicolon.statusCode() == 200, "never 500: " + semicolon.statusCode());
        var unknown = http.get("/api/nope", null);
        assertEquals(404, unknown.statusCode());
        assertEquals(404, JSON.readTree(unknown.body()).get("status").asInt(), unknown.body());
        String tooLong = raw("GET /api/search?q=" + "a".repeat(100_000), "127.0.0.1");
        assertTrue(tooLong.startsWith("HTTP/1.1 414") && tooLong.contains("\"status\":414")
                && tooLong.contains("Content-Security-Policy"), tooLong.lines().findFirst().orElse(""));
        String unions = "SELECT * WHERE { " + String.join(" UNION ", java.util.Collections.nCopies(5000, "{ ?s ?p ?o }")) + " }";
        var deep = http.post("/sparql", "application/sparql-query", unions, null);
        assertEquals(400, deep.statusCode());
        assertTrue(JSON.readTree(deep.body()).get("error").asText().contains("anidada"), deep.body());
    }

    /** A request written by hand, so the Host header and the method are exactly as given. */
    private static String raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", http.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
