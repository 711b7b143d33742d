package dev.explorador.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each verb is a subcommand. */
@Command(name = "explorador",
        mixinStandardHelpOptions = true,
        version = "Explorador GenAI Databricks 0.1",
        description = "Explorador del grafo de conocimiento del curso Generative AI Application Deployment and Monitoring.",
        subcommands = {ServeCommand.class, ValidateCommand.class, MentionsCommand.class, SearchCommand.class, QueryCommand.class, RelatedCommand.class,
                PathCommand.class, MindmapCommand.class, CompareCommand.class, ExportCommand.class, StatsCommand.class, CommandLine.HelpCommand.class})
public final class ExplorerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line: UTF-8 output, Spanish-friendly errors, exit codes 0 / 1 / 2. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ExplorerCommand());
        line.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler(new UserErrorHandler());
        return line;
    }
}
