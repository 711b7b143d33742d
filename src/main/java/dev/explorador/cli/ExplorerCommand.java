package dev.explorador.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each verb is a subcommand. */
@Command(name = "explorador",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every verb answers --help (and --version)
        resourceBundle = "dev.explorador.cli.ayuda",
        version = "Explorador GenAI Databricks 0.1",
        description = "Explorador del grafo de conocimiento del curso Generative AI Application Deployment and Monitoring.")
public final class ExplorerCommand implements Runnable {
    /** The verbs, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> VERBS = verbs();

    private static Map<String, Supplier<Object>> verbs() {
        Map<String, Supplier<Object>> verbs = new LinkedHashMap<>();
        verbs.put("serve", ServeCommand::new);
        verbs.put("validate", ValidateCommand::new);
        verbs.put("mentions", MentionsCommand::new);
        verbs.put("search", SearchCommand::new);
        verbs.put("query", QueryCommand::new);
        verbs.put("related", RelatedCommand::new);
        verbs.put("path", PathCommand::new);
        verbs.put("mindmap", MindmapCommand::new);
        verbs.put("compare", CompareCommand::new);
        verbs.put("export", ExportCommand::new);
        verbs.put("stats", StatsCommand::new);
        verbs.put("help", CommandLine.HelpCommand::new);
        return verbs;
    }

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
        return commandLine(VERBS.keySet());
    }

    /**
     * The command line for these arguments: when they start with a verb, only that verb is built (picocli reads
     * every verb's annotations when it is added, a tenth of a second for all of them); otherwise every verb, so
     * the help lists them all and a mistyped verb gets its suggestion.
     */
    public static CommandLine commandLine(String... args) {
        boolean oneVerb = args.length > 0 && VERBS.containsKey(args[0]) && !args[0].equals("help");
        return commandLine(oneVerb ? Set.of(args[0]) : VERBS.keySet());
    }

    private static CommandLine commandLine(Set<String> verbs) {
        CommandLine line = new CommandLine(new ExplorerCommand());
        VERBS.forEach((name, verb) -> {
            if (verbs.contains(name)) line.addSubcommand(name, verb.get());
        });
        line.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        // picocli's own help verb brings an English summary; the rest of its text comes from ayuda.properties.
        CommandLine help = line.getSubcommands().get("help");
        if (help != null) help.getCommandSpec().usageMessage().header("Muestra la ayuda de una orden: help ORDEN.");
        line.setParameterExceptionHandler(new BadArgumentsHandler());
        line.setExecutionExceptionHandler(new UserErrorHandler());
        return line;
    }
}
