package dev.explorador.http;

import dev.explorador.sparql.SparqlLimits;
import java.nio.file.Path;

/** Where and how the server listens: host, port, the web folder (null = the copy in the jar) and SPARQL limits. */
public record ServerSettings(String host, int port, Path webFolder, SparqlLimits sparqlLimits) {
    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, SparqlLimits.defaults());
    }
}
