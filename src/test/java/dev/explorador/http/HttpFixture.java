package dev.explorador.http;

import dev.explorador.TestGraph;
import dev.explorador.sparql.SparqlLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A real server on 127.0.0.1 over the real graph, and a client for it. */
final class HttpFixture implements AutoCloseable {
    final ExplorerServer server;
    // HTTP/1.1: an h2c upgrade would make concurrent requests wait for the first one to learn the protocol.
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpFixture(SparqlLimits limits) {
        server = ExplorerServer.start(TestGraph.explorer(), new ServerSettings("127.0.0.1", 0, Path.of("web"), limits));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (accept != null) request.header("Accept", accept);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) request.header("Accept", accept);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
