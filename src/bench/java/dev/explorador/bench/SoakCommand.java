package dev.explorador.bench;

import dev.explorador.cli.GraphOptions;
import dev.explorador.query.Explorer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code soak}: minutes of mixed, checked traffic with the heap sampled; exit 0 only if all was right and flat. */
@Command(name = "soak", description = "Prueba de resistencia: tráfico mixto durante N minutos, cada respuesta comprobada y la memoria vigilada.")
final class SoakCommand implements Callable<Integer> {
    @Mixin GraphOptions graph;
    @Spec CommandSpec spec;

    @Option(names = "--minutos", defaultValue = "10", description = "Duración (por defecto 10).")
    double minutes;

    @Option(names = "--conexiones", defaultValue = "8", description = "Clientes simultáneos (por defecto 8).")
    int connections;

    @Option(names = "--pausa-ms", defaultValue = "5", description = "Pausa de cada cliente entre peticiones (por defecto 5 ms: carga moderada).")
    int pauseMillis;

    @Option(names = "--muestras", defaultValue = "10", description = "Cuántas veces medir la memoria (por defecto 10).")
    int samples;

    @Override
    public Integer call() throws Exception {
        try (Explorer explorer = new Explorer(graph.openStore())) {
            boolean ok = new SoakRunner(explorer, spec.commandLine().getOut()).run(minutes, connections, pauseMillis, samples);
            return ok ? 0 : 1;
        }
    }
}
