package dev.explorador.bench;

import dev.explorador.cli.GraphOptions;
import dev.explorador.graph.OntologyLoader;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: latency and load figures on the course graph and on synthetic graphs of growing size. */
@Command(name = "bench", description = "Mide la latencia dentro del proceso (memoria y TDB2) y, por HTTP, el explorador frente a Fuseki con las mismas preguntas; imprime tablas Markdown.")
final class BenchCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Option(names = "--tamanos", split = ",", defaultValue = "0,10000,100000,1000000",
            description = "Tripletas de cada grafo sintético; 0 = el grafo real del curso (por defecto 0,10000,100000,1000000).")
    List<Long> sizes;

    @Option(names = "--muestras", defaultValue = "200", description = "Conceptos al azar por operación (por defecto 200).")
    int samples;

    @Option(names = "--http-segundos", defaultValue = "3", description = "Duración de cada medida HTTP (por defecto 3 s).")
    double httpSeconds;

    @Option(names = "--conexiones", split = ",", defaultValue = "1,16", description = "Conexiones simultáneas (por defecto 1,16).")
    int[] connections;

    @Override
    public Integer call() throws Exception {
        var course = new OntologyLoader().load(graph.ontologyFolder()).model();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("# Explorador GenAI Databricks: banco de pruebas%n%nMáquina: %d núcleos, %d MiB de heap máximo, Java %s.%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        out.printf("Carga media del sistema al empezar: %.2f.%n%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        new BenchRunner(course, out, samples, httpSeconds, Arrays.stream(connections).toArray()).run(sizes);
        return 0;
    }
}
