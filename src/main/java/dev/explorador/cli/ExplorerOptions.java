package dev.explorador.cli;

import dev.explorador.query.Explorer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options for the verbs that ask the explorer a question: the graph, and which relations to follow. */
public final class ExplorerOptions {
    @Mixin
    GraphOptions graph;

    @Option(names = {"-r", "--relacion"}, paramLabel = "RELACION", split = ",",
            description = "Sigue solo estas relaciones (usa, seGuardaEn, skos:broader...). Se puede repetir.")
    List<String> relations = new ArrayList<>();

    public Explorer open() {
        return new Explorer(graph.openStore());
    }
}
