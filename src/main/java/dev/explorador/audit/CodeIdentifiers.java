package dev.explorador.audit;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code identifiers a card names. The rule, in full:
 * <ul>
 * <li>In prose fields: anything between backticks; a REST path that starts with {@code /api/}; and every word
 *     written the way only code is written: with an underscore inside ({@code ai_query}, {@code served_entities})
 *     or made of dotted parts ({@code mlflow.pyfunc.log_model}, {@code agents.deploy}, {@code conda.yaml}).</li>
 * <li>In {@code gd:codigo}: the same shapes, plus class names (a capitalised word called with "(", such as
 *     {@code MlflowClient(}, {@code Safety(}) and camelCase words ({@code selectExpr}); the keys of dictionaries
 *     and JSON objects count, other string values do not (they are data, not APIs); comments do not; and the
 *     snippet's own names do not: variables it assigns, classes and functions it defines, SQL aliases
 *     ({@code AS resumen}), and whatever hangs from them ({@code model_info.model_uri}).</li>
 * <li>Never: web addresses and hosts ({@code https://…}, {@code mlflow.org}), model URIs ({@code models:/…}),
 *     version numbers, abbreviations of one- or two-letter parts ({@code p.ej}), what hangs from a one-letter name
 *     (a variable or SQL alias: {@code u.served_entity_id}), words glued to accented letters, and the example's own
 *     objects in the {@code main} catalog ({@code main.turismo.agente_turismo}).</li>
 * </ul>
 */
final class CodeIdentifiers {
    private static final Pattern BACKTICKS = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern URL = Pattern.compile("(?:https?://|\\b[A-Za-z]+:/)\\S*");
    private static final Pattern REST_PATH = Pattern.compile("(?<![\\w/])/api/[\\w./\\-{}<>]+");
    private static final Pattern VOLUME_PATH = Pattern.compile("/Volumes/\\S*");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern COMMENT = Pattern.compile("(?m)(^|\\s)#[^\\n]*");
    private static final Pattern STRING = Pattern.compile("'([^'\\n]*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern ASSIGNED = Pattern.compile("(?:^|[;\\n(,\\s])([A-Za-z_]\\w*)\\s+=(?!=)");
    private static final Pattern DEFINED = Pattern.compile("\\b(?:class|def|for)\\s+([A-Za-z_]\\w*)|(?i:\\bas)\\s+([A-Za-z_]\\w*)");
    private static final Set<String> WEB_HOSTS = Set.of("com", "org", "io", "net", "ai", "dev", "co", "es", "html");

    private CodeIdentifiers() {}

    /** Identifiers in a prose field (definition, example, tip, notes). */
    static Set<String> inProse(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher ticks = BACKTICKS.matcher(text);
        while (ticks.find()) found.add(clean(ticks.group(1)));
        String rest = BACKTICKS.matcher(text).replaceAll(" ");
        rest = restPaths(URL.matcher(rest).replaceAll(" "), found);
        words(rest, false, Set.of(), found);
        found.remove("");
        return found;
    }

    /** Identifiers in a code snippet ({@code gd:codigo}). */
    static Set<String> inCode(String code) {
        Set<String> found = new LinkedHashSet<>();
        String text = COMMENT.matcher(code).replaceAll("$1");
        text = BACKTICKS.matcher(text).replaceAll(" ");
        Set<String> locals = locals(text);
        // String values are data; a quoted word followed by ':' is a key of a dict or JSON object.
        StringBuilder kept = new StringBuilder();
        Matcher strings = STRING.matcher(text);
        int last = 0;
        while (strings.find()) {
            kept.append(text, last, strings.start());
            String content = strings.group(1) != null ? strings.group(1) : strings.group(2);
            boolean key = text.substring(strings.end()).stripLeading().startsWith(":");
            kept.append(' ').append(key ? content : "").append(' ');
            last = strings.end();
        }
        kept.append(text.substring(last));
        String rest = VOLUME_PATH.matcher(URL.matcher(kept).replaceAll(" ")).replaceAll(" ");
        rest = restPaths(rest, found);
        words(rest, true, locals, found);
        return found;
    }

    private static String restPaths(String text, Set<String> found) {
        Matcher m = REST_PATH.matcher(text);
        while (m.find()) found.add(m.group().replaceAll("[.,;:)]+$", ""));
        return m.replaceAll(" ");
    }

    private static Set<String> locals(String code) {
        Set<String> locals = new HashSet<>(Set.of("self"));
        Matcher m = ASSIGNED.matcher(code);
        while (m.find()) locals.add(m.group(1));
        m = DEFINED.matcher(code);
        while (m.find()) locals.add(m.group(1) != null ? m.group(1) : m.group(2));
        return locals;
    }

    private static void words(String text, boolean code, Set<String> locals, Set<String> found) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && "/@:<$".indexOf(text.charAt(m.start() - 1)) >= 0) continue; // part of a path or URI
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) continue; // inside a word with an accent ("catálogo.esquema")
            if (m.end() < text.length() && Character.isLetter(text.charAt(m.end()))) continue;
            String run = m.group().replaceAll("[.\\-]+$", "").replaceAll("^[.\\-]+", "");
            if (!IDENTIFIER.matcher(run).matches()) continue; // hyphens or a leading digit: a name or a version, not code
            boolean called = m.end() < text.length() && text.charAt(m.end()) == '(';
            if (looksLikeCode(run, code, called) && !excluded(run, locals)) found.add(run);
        }
    }

    static boolean looksLikeCode(String word, boolean code, boolean called) {
        if (word.contains(".")) return true;
        if (word.indexOf('_') > 0 && word.indexOf('_') < word.length() - 1) return true;
        if (!code) return false;
        if (word.matches(".*[a-z][A-Z].*")) return true;
        return called && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean excluded(String word, Set<String> locals) {
        String[] parts = word.split("\\.");
        if (locals.contains(parts[0])) return true;
        if (parts.length > 1) {
            if (parts[0].equals("main")) return true; // the example's own catalog
            if (parts[0].length() == 1) return true; // a one-letter variable or SQL table alias (u.served_entity_id)
            if (WEB_HOSTS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) return true;
            boolean allShort = true;
            for (String p : parts) allShort &= p.length() <= 2;
            if (allShort) return true;
        }
        return false;
    }

    private static String clean(String identifier) {
        return identifier.trim().replaceAll("\\(\\)?$", "").replaceAll("\\(.*\\)$", "");
    }
}
