package dev.explorador.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each verb is a subcommand. */
@Command(name = "explorador",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every verb answers --help (and --version)
        resourceBundle = "dev.explorador.cli.ayuda",
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

    /**
     * A configured command line: UTF-8 output, errors in Spanish, exit codes 0 (done), 1 (a check failed, or a
     * bug), 2 (the user's input: {@link BadArgumentsHandler} for the arguments, {@link UserErrorHandler} after).
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ExplorerCommand());
        line.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        // picocli's own help verb brings an English summary; the rest of its text comes from ayuda.properties.
        line.getSubcommands().get("help").getCommandSpec().usageMessage().header("Muestra la ayuda de una orden: help ORDEN.");
        line.setParameterExceptionHandler(new BadArgumentsHandler());
        line.setExecutionExceptionHandler(new UserErrorHandler());
        return line;
    }
}
