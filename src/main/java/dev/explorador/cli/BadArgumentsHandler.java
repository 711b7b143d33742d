package dev.explorador.cli;

import dev.explorador.error.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own complaints (an unknown option, a missing value, a word where a number goes...) come in English;
 * this says them in Spanish, naming the option and the values it takes, points to {@code --help}, and exits 2,
 * like every other user error.
 */
final class BadArgumentsHandler implements CommandLine.IParameterExceptionHandler {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        var err = line.getErr();
        err.println(describe(e, line, List.of(args)));
        err.println("Usa «" + line.getCommandSpec().qualifiedName() + " --help» para ver las opciones.");
        err.flush();
        return UserError.EXIT_CODE;
    }

    private static String describe(CommandLine.ParameterException e, CommandLine line, List<String> args) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) return unmatched(unmatched, line);
        if (e instanceof CommandLine.MissingParameterException missing) return missing(missing.getMissing(), args);
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) return exclusive(line, args);
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "La opción " + name(overwritten.getOverwritten(), args) + " se dio más de una vez.";
        }
        if (e.getArgSpec() != null && e.getValue() != null) return badValue(e.getArgSpec(), e.getValue(), args);
        // A check a command makes itself (with a Spanish message), or a rarer complaint of picocli's.
        return "Argumentos no válidos: " + e.getMessage();
    }

    private static String exclusive(CommandLine line, List<String> args) {
        return "Usa solo uno de estos: " + line.getCommandSpec().argGroups().stream().filter(CommandLine.Model.ArgGroupSpec::exclusive)
                .flatMap(g -> g.args().stream()).map(a -> name(a, args) + valueLabel(a))
                .collect(Collectors.joining(" o ")) + ".";
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e, CommandLine line) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        String text;
        if (first.startsWith("-")) {
            text = "Opción desconocida «" + first + "».";
        } else if (!line.getSubcommands().isEmpty()) {
            text = "Orden desconocida «" + first + "». Las órdenes son: " + verbs(line) + ".";
        } else {
            text = "Sobra el argumento «" + String.join(" ", words) + "».";
        }
        List<String> suggestions = e.getSuggestions();
        if (!suggestions.isEmpty()) text += " ¿Quisiste decir " + String.join(" o ", suggestions) + "?";
        return text;
    }

    private static String verbs(CommandLine line) {
        return line.getSubcommands().values().stream().map(c -> c.getCommandName()).distinct().collect(Collectors.joining(", "));
    }

    private static String missing(List<ArgSpec> specs, List<String> args) {
        if (specs.size() > 1) {
            return "Falta uno de estos: " + specs.stream().map(s -> name(s, args) + valueLabel(s)).collect(Collectors.joining(" o ")) + ".";
        }
        ArgSpec spec = specs.get(0);
        if (spec instanceof OptionSpec option && typed(option, args) != null) {
            return "A la opción " + typed(option, args) + " le falta su valor (" + option.paramLabel() + ")" + choices(option) + ".";
        }
        if (spec instanceof PositionalParamSpec positional) return "Falta el argumento " + positional.paramLabel() + ".";
        return "Falta la opción obligatoria " + name(spec, args) + valueLabel(spec) + ".";
    }

    private static String badValue(ArgSpec spec, String value, List<String> args) {
        String what = spec instanceof OptionSpec ? "La opción " + name(spec, args) : "El argumento " + name(spec, args);
        String head = what + " no admite «" + value + "»";
        if (WHOLE_NUMBERS.contains(spec.type())) return head + ": debe ser un número entero.";
        if (spec.type().isEnum()) return head + choices(spec) + ".";
        if (spec.type() == boolean.class || spec.type() == Boolean.class) return head + ": es un interruptor (sin valor, o true/false).";
        if (spec.type() == Path.class) return head + ": no es una ruta de archivo válida.";
        return head + ".";
    }

    /** "; usa uno de: a, b, c" for an option whose values are a closed list, else nothing. */
    private static String choices(ArgSpec spec) {
        if (!spec.type().isEnum()) return "";
        List<String> values = new ArrayList<>();
        spec.completionCandidates().forEach(values::add);
        return "; usa uno de: " + String.join(", ", values);
    }

    private static String valueLabel(ArgSpec spec) {
        return spec instanceof OptionSpec option && option.arity().max() > 0 ? " " + option.paramLabel() : "";
    }

    /** The option as the user wrote it, or its shortest long name (--file, --format); a positional by its label. */
    private static String name(ArgSpec spec, List<String> args) {
        if (spec instanceof OptionSpec option) {
            String typed = typed(option, args);
            if (typed != null) return typed;
            return Arrays.stream(option.names()).filter(n -> n.startsWith("--"))
                    .min(Comparator.comparingInt(String::length)).orElse(option.longestName());
        }
        return spec.paramLabel();
    }

    private static String typed(OptionSpec option, List<String> args) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (Arrays.asList(option.names()).contains(name)) return name;
        }
        return null;
    }
}
