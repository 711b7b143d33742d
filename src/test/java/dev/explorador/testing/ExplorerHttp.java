package dev.explorador.testing;

import dev.explorador.TestGraph;
import dev.explorador.http.ExplorerServer;
import dev.explorador.http.ServerSettings;
import dev.explorador.query.Explorer;
import dev.explorador.sparql.SparqlLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The one HTTP fixture of the tests: a real server on 127.0.0.1 (a free port, the viewer from ./web) over the real
 * graph, and a client for it. Close it when the test class is done.
 */
public final class ExplorerHttp implements AutoCloseable {
    private final ExplorerServer server;
    // HTTP/1.1: an h2c upgrade would make concurrent requests wait for the first one to learn the protocol.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ExplorerHttp(Explorer explorer, SparqlLimits limits) {
        server = ExplorerServer.start(explorer, new ServerSettings("127.0.0.1", 0, Path.of("web"), limits));
    }

    /** The shared course graph, default limits. */
    public static ExplorerHttp start() {
        return start(SparqlLimits.defaults());
    }

    /** The shared course graph, with these SPARQL limits. */
    public static ExplorerHttp start(SparqlLimits limits) {
        return start(TestGraph.explorer(), limits);
    }

    /** A graph of the test's own (which the test closes). */
    public static ExplorerHttp start(Explorer explorer, SparqlLimits limits) {
        return new ExplorerHttp(explorer, limits);
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    public HttpClient client() {
        return client;
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, accept).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, accept).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery));
        if (accept != null) request.header("Accept", accept);
        return request;
    }

    @Override
    public void close() {
        server.close();
    }
}
