package dev.explorador.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The developer's bench, outside the product jar: latency and HTTP load against Fuseki, whole-process start-up,
 * and the soak run. Runs from the Maven profile {@code bench} (see docs/rendimiento.md), on the test classpath.
 */
@Command(name = "explorador-bench", mixinStandardHelpOptions = true,
        description = "Banco de pruebas del explorador (no forma parte del jar del producto).",
        subcommands = {BenchCommand.class, StartupCommand.class, SoakCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Fuseki logs every request at INFO; a baseline that writes a log line per request is not a fair one.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        CommandLine line = new CommandLine(new BenchMain());
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(line.execute(args));
    }
}
