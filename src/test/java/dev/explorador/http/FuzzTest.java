package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.sparql.SparqlLimits;
import dev.explorador.testing.ExplorerHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and malformed input against the API, /sparql and the static files (a fixed seed, a bounded count,
 * all on 127.0.0.1): never a 5xx, never a stack trace, never a file from outside web/.
 */
class FuzzTest {
    private static final long SEED = 20261126L;
    private static final int REQUESTS = 400;
    private static final String[] ROUTES = {
        "/api/search?q=", "/api/search?limit=%s&q=", "/api/concepts/", "/api/related/", "/api/related/pyfunc?depth=",
        "/api/related/pyfunc?relation=", "/api/path?from=pyfunc&to=", "/api/path?to=pyfunc&maxLength=", "/api/mindmap/",
        "/api/mindmap/mlflow?depth=", "/api/questions?section=", "/api/questions?concept=", "/sparql?query=",
        "/concepto/", "/"};
    private static final String[] NASTY = {
        "%00", "%C3%28", "%FF%FE", "%E2%82", "%", "%%", "..%2f..%2fpom.xml", "../../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd",
        "<script>alert(1)</script>", "' OR 1=1 --", "}}} SELECT", "\u0000", "-1", "99999999999999999999", "NaN", "1e9",
        "SELECT * WHERE { ?s ?p ?o", "DROP ALL", "PREFIX : <x> SELECT * { :a :b :c }", "ñandú", "😀", " ", ""};
    private static ExplorerHttp http;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start(new SparqlLimits(2_000, 1_000, 4));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void randomAndMalformedRequestsNeverBreakTheServer() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String route = ROUTES[random.nextInt(ROUTES.length)].replace("%s", String.valueOf(random.nextInt(300) - 100));
            String path = route + noise(random);
            int status = rawGet(path, random.nextBoolean() ? "text/turtle" : "*/*");
            if (status >= 500 || status < 100) failures.add(status + " " + path);
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g. " + failures.subList(0, Math.min(10, failures.size())));
    }

    @Test
    void errorBodiesCarryNoStackTraceAndNoOutsideFiles() throws Exception {
        for (String nasty : NASTY) {
            for (String route : ROUTES) {
                String path = route + nasty;
                String body = rawBody(path);
                assertTrue(!body.contains("at dev.explorador") && !body.contains("at org.") && !body.contains("Exception"),
                        "stack trace for " + path + ": " + body.substring(0, Math.min(300, body.length())));
                assertTrue(!body.contains("root:x:0:0") && !body.contains("<modelVersion>"), "a file outside web/ for " + path);
            }
        }
    }

    @Test
    void pathTraversalNeverLeavesTheWebFolder() throws Exception {
        String[] attempts = {"/../pom.xml", "/..%2fpom.xml", "/%2e%2e/pom.xml", "/css/../../pom.xml", "/..%5cpom.xml",
            "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/webjars/../../../../etc/passwd", "/..;/pom.xml", "/.git/config"};
        for (String attempt : attempts) {
            String body = rawBody(attempt);
            assertTrue(!body.contains("<modelVersion>") && !body.contains("root:x:0:0") && !body.contains("[core]"),
                    "served a file outside web/ for " + attempt);
            int status = rawGet(attempt, "*/*");
            assertTrue(status < 500, status + " for " + attempt);
        }
    }

    @Test
    void hugeAndBinaryBodiesAreRefusedCleanly() throws Exception {
        byte[] junk = new byte[50_000];
        new Random(SEED).nextBytes(junk);
        var response = http.client().send(HttpRequest.newBuilder(http.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(junk)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        String longQ = "/api/search?q=" + "a".repeat(5_000);
        assertTrue(rawGet(longQ, "*/*") == 400);
    }

    private static String noise(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(NASTY[random.nextInt(NASTY.length)]);
                case 1 -> text.append(ExplorerHttp.encode(randomText(random, 1 + random.nextInt(40))));
                case 2 -> text.append("%").append(Integer.toHexString(random.nextInt(256)).toUpperCase());
                default -> text.append("x".repeat(random.nextInt(3) == 0 ? 3_000 : 10));
            }
        }
        return text.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) text.append((char) (random.nextInt(0x2FF) + 1));
        return text.toString();
    }

    /** A GET written by hand on a socket, so malformed paths reach the server exactly as written. */
    private static int rawGet(String path, String accept) throws IOException {
        String response = raw(path, accept);
        String[] firstLine = response.split("\r\n", 2)[0].split(" ");
        return firstLine.length > 1 ? Integer.parseInt(firstLine[1]) : -1;
    }

    private static String rawBody(String path) throws IOException {
        String response = raw(path, "*/*");
        int split = response.indexOf("\r\n\r\n");
        return split < 0 ? "" : response.substring(split + 4);
    }

    private static String raw(String path, String accept) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", http.port()), 2_000);
            socket.setSoTimeout(10_000);
            String request = "GET " + path.replace(" ", "%20") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
