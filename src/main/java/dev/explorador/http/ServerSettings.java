package dev.explorador.http;

import dev.explorador.error.BadRequestException;
import dev.explorador.sparql.SparqlLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the server listens: host, port, the web folder (null = the copy in the jar), SPARQL limits,
 * the other origins whose pages may read the answers (none by default: same origin only), and extra host
 * names under which the server may be reached (IP addresses and {@code localhost} always work).
 */
public record ServerSettings(String host, int port, Path webFolder, SparqlLimits sparqlLimits,
                             List<String> allowedOrigins, List<String> hostNames) {
    public ServerSettings {
        if (port < 0 || port > 65_535) throw new BadRequestException("El puerto debe estar entre 0 y 65535 (se pidió " + port + ")");
        allowedOrigins = List.copyOf(allowedOrigins);
        hostNames = List.copyOf(hostNames);
    }

    public ServerSettings(String host, int port, Path webFolder, SparqlLimits sparqlLimits) {
        this(host, port, webFolder, sparqlLimits, List.of(), List.of());
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, SparqlLimits.defaults());
    }
}
