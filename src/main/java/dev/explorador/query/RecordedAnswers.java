package dev.explorador.query;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the snapshot's queries over the bundled graph, recorded by the build into the classes
 * ({@value #RESOURCE}), so that a start on that graph builds its snapshot without waiting for the graph to be read
 * and queried (the queries are the slowest part of a cold start). Used only when the store holds that exact graph.
 * Format: a table of distinct strings, then for each query its variables and rows, each cell a kind and string numbers.
 */
final class RecordedAnswers {
    static final String RESOURCE = "/grafo-construido/instantanea";
    private static final int FORMAT = 1;
    private static final byte UNBOUND = 0, IRI = 1, LITERAL = 2, OTHER = 3;

    private final Map<String, List<AnswerRow>> answers;

    private RecordedAnswers(Map<String, List<AnswerRow>> answers) {
        this.answers = answers;
    }

    List<AnswerRow> rows(String query) {
        List<AnswerRow> rows = answers.get(query);
        if (rows == null) throw new IllegalStateException("La construcción no grabó las respuestas de " + query);
        return rows;
    }

    /** The answers recorded in the jar, or empty when it has none (classes built without the build step). */
    static Optional<RecordedAnswers> fromBuild() {
        try (InputStream in = RecordedAnswers.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(new DataInputStream(new BufferedInputStream(in, 1 << 16))));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + RESOURCE, e);
        }
    }

    /** Runs each query on the store and writes its rows, in the order the store gave them. */
    static void record(QueryRunner runner, List<String> queries, Path file) throws IOException {
        Map<String, List<String>> variables = new LinkedHashMap<>();
        Map<String, List<List<Cell>>> rows = new LinkedHashMap<>();
        for (String query : queries) {
            List<String> vars = SparqlQueries.get(query).getResultVars();
            variables.put(query, vars);
            rows.put(query, runner.select(query).stream().map(AnswerRow::of)
                    .map(row -> vars.stream().map(v -> Cell.of(row, v)).toList()).toList());
        }
        // Every string gets its number before anything is written, so the table can come first.
        Map<String, Integer> numbers = new LinkedHashMap<>();
        variables.forEach((query, vars) -> {
            number(query, numbers);
            vars.forEach(v -> number(v, numbers));
            rows.get(query).forEach(cells -> cells.forEach(c -> c.strings().forEach(t -> number(t, numbers))));
        });
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(FORMAT);
            out.writeInt(numbers.size());
            for (String s : numbers.keySet()) out.writeUTF(s);
            out.writeInt(rows.size());
            for (var entry : rows.entrySet()) {
                out.writeInt(numbers.get(entry.getKey()));
                out.writeInt(variables.get(entry.getKey()).size());
                for (String v : variables.get(entry.getKey())) out.writeInt(numbers.get(v));
                out.writeInt(entry.getValue().size());
                for (List<Cell> cells : entry.getValue()) {
                    for (Cell cell : cells) {
                        out.writeByte(cell.kind());
                        for (String t : cell.strings()) out.writeInt(numbers.get(t));
                    }
                }
            }
        }
    }

    private static void number(String s, Map<String, Integer> numbers) {
        numbers.putIfAbsent(s, numbers.size());
    }

    /** One recorded cell: its kind and the strings written after it (none, the value, or a literal and its language). */
    private record Cell(byte kind, List<String> strings) {
        static Cell of(AnswerRow row, String variable) {
            String text = row.text(variable);
            if (text == null) return new Cell(UNBOUND, List.of());
            String language = row.language(variable);
            if (language != null) return new Cell(LITERAL, List.of(text, language));
            String iri = row.iri(variable);
            return iri != null ? new Cell(IRI, List.of(iri)) : new Cell(OTHER, List.of(text));
        }
    }

    private static RecordedAnswers read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) throw new IOException("formato desconocido");
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) strings[i] = in.readUTF();
        Map<String, List<AnswerRow>> answers = new HashMap<>();
        int queries = in.readInt();
        for (int q = 0; q < queries; q++) {
            String query = strings[in.readInt()];
            Map<String, Integer> columns = new HashMap<>();
            int width = in.readInt();
            for (int c = 0; c < width; c++) columns.put(strings[in.readInt()], c);
            int count = in.readInt();
            List<AnswerRow> rows = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                String[] texts = new String[width];
                String[] languages = new String[width];
                boolean[] iris = new boolean[width];
                for (int c = 0; c < width; c++) {
                    byte kind = in.readByte();
                    if (kind == UNBOUND) continue;
                    texts[c] = strings[in.readInt()];
                    if (kind == LITERAL) languages[c] = strings[in.readInt()];
                    iris[c] = kind == IRI;
                }
                rows.add(new Recorded(columns, texts, languages, iris));
            }
            answers.put(query, rows);
        }
        return new RecordedAnswers(answers);
    }

    /** A recorded row: the cells of one answer, by the position of their variable. */
    private record Recorded(Map<String, Integer> columns, String[] texts, String[] languages, boolean[] iris) implements AnswerRow {
        @Override
        public String iri(String variable) {
            Integer c = columns.get(variable);
            return c != null && iris[c] ? texts[c] : null;
        }

        @Override
        public String text(String variable) {
            Integer c = columns.get(variable);
            return c == null ? null : texts[c];
        }

        @Override
        public String language(String variable) {
            Integer c = columns.get(variable);
            return c == null ? null : languages[c];
        }
    }
}
