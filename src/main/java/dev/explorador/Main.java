package dev.explorador;

import dev.explorador.cli.ExplorerCommand;
import picocli.CommandLine;

/** Entry point: hands the arguments to the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(ExplorerCommand.commandLine(args).execute(args));
    }
}
