package dev.explorador.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a verb in-process, as the jar would, and keeps what it printed and its exit code. */
public final class CliRunner {
    public record Run(int code, String out, String err) {}

    private CliRunner() {}

    public static Run run(String... args) {
        CommandLine line = ExplorerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
