package dev.explorador.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load from wrk (Debian's package), when it is installed: a C load generator takes far less of
 * the two cores than a Java one, so the server gets most of the machine. The paths are drawn at random
 * from a list by a small Lua script.
 */
final class WrkLoad {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private WrkLoad() {}

    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** @param base "http://127.0.0.1:PORT"; @param paths request paths (with query strings), picked at random */
    static HttpLoad.Result run(String base, List<String> paths, String accept, int connections, double seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("explorador-wrk-", ".lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        lua.append("}\nwrk.headers[\"Accept\"] = \"").append(accept).append("\"\nrequest = function()\n  return wrk.format(\"GET\", paths[math.random(#paths)])\nend\n");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        try {
            Process process = new ProcessBuilder("wrk", "-t", String.valueOf(Math.min(2, connections)), "-c", String.valueOf(connections),
                    "-d", String.format(Locale.ROOT, "%.0fs", Math.max(1, seconds)), "--latency", "-s", script.toString(), base)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            long total = longOf(TOTAL, output);
            long errors = longOf(NON_2XX, output);
            Matcher socket = SOCKET.matcher(output);
            if (socket.find()) for (int g = 1; g <= 4; g++) errors += Long.parseLong(socket.group(g));
            return new HttpLoad.Result(connections, total, errors, total / Math.max(1e-9, doubleOf(RATE, output)),
                    percentile(output, "50%"), percentile(output, "99%"));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static long longOf(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double doubleOf(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** wrk prints "50%  1.23ms" (or us / s) under "Latency Distribution". */
    private static double percentile(String output, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!m.find()) return Double.NaN;
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
