package dev.explorador.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The course as an Obsidian (or Logseq) vault: one Markdown note per concept, named by its Spanish name, with
 * YAML front matter (names, tags, sources) and {@code [[wikilinks]]} grouped by relation, plus an index note in
 * course order. Opened as a vault, the graph view draws the course graph.
 */
public final class ObsidianVault {
    public static final String INDEX = "00 Índice del curso";
    /** Characters Obsidian, Windows or wikilinks do not accept in a note name. */
    private static final String FORBIDDEN = "[\\\\/:*?\"<>|#^\\[\\]]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Outline.Module> summary;
    private final Map<String, String> noteOf = new LinkedHashMap<>();

    private ObsidianVault(List<Outline.Module> summary) {
        this.summary = summary;
        Set<String> taken = new HashSet<>(Set.of(INDEX.toLowerCase()));
        for (Card card : cards()) {
            String name = card.concept().label().replaceAll(FORBIDDEN, " ").replaceAll("\\s+", " ").strip();
            if (name.isEmpty() || !taken.add(name.toLowerCase())) name = name + " (" + card.concept().slug() + ")";
            taken.add(name.toLowerCase());
            noteOf.put(card.concept().slug(), name);
        }
    }

    /** File name (relative, with .md) → content, in course order; the index note first. */
    public static Map<String, String> notes(List<Outline.Module> summary) {
        return new ObsidianVault(summary).build();
    }

    public static void write(List<Outline.Module> summary, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (var note : notes(summary).entrySet()) {
            Files.writeString(folder.resolve(note.getKey()), note.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The same notes in a zip, under one folder, for the API. */
    public static byte[] zip(List<Outline.Module> summary, String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var note : notes(summary).entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + note.getKey()));
                zip.write(note.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<Card> cards() {
        return summary.stream().flatMap(m -> m.topics().stream()).flatMap(t -> t.cards().stream()).toList();
    }

    private Map<String, String> build() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX + ".md", index());
        for (Outline.Module m : summary) {
            for (Outline.Topic t : m.topics()) {
                for (Card card : t.cards()) files.put(noteOf.get(card.concept().slug()) + ".md", note(card, m, t));
            }
        }
        return files;
    }

    private String index() {
        StringBuilder out = new StringBuilder("---\n");
        frontMatter(out, "title", INDEX);
        frontMatter(out, "tags", List.of("explorador-genai", "indice"));
        out.append("---\n\n# ").append(ExportText.md(StudyGuide.TITLE)).append("\n\n*").append(ExportText.md(StudyGuide.TITLE_EN))
                .append("*\n\n");
        for (Outline.Module m : summary) {
            out.append("## ").append(m.order()).append(". ").append(ExportText.md(m.label())).append("\n\n");
            for (Outline.Topic t : m.topics()) {
                out.append("### ").append(m.order()).append('.').append(t.order()).append(' ').append(ExportText.md(t.label())).append("\n\n");
                t.cards().forEach(c -> out.append("- ").append(link(c.concept())).append('\n'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String note(Card card, Outline.Module m, Outline.Topic t) {
        ConceptRef c = card.concept();
        StringBuilder out = new StringBuilder("---\n");
        frontMatter(out, "title", c.label());
        if (c.labelEn() != null) frontMatter(out, "en", c.labelEn());
        List<String> aliases = new ArrayList<>();
        if (c.labelEn() != null) aliases.add(c.labelEn());
        aliases.addAll(card.otrosNombres());
        aliases.addAll(card.nombresAnteriores());
        List<String> distinct = List.copyOf(new LinkedHashSet<>(aliases));
        frontMatter(out, "aliases", distinct);
        frontMatter(out, "alias", String.join(", ", distinct)); // Logseq reads "alias" as one comma-separated value
        Set<String> tags = new LinkedHashSet<>(List.of("explorador-genai"));
        if (c.kind() != null) tags.add("tipo/" + ExportText.slug(c.kind()));
        tags.add("modulo/" + m.order() + "-" + ExportText.slug(m.label()));
        tags.add("tema/" + ExportText.slug(t.label()));
        card.objetivos().forEach(o -> tags.add("examen/" + o.section().replace("ex:", "")));
        frontMatter(out, "tags", List.copyOf(tags));
        if (c.kindLabel() != null) frontMatter(out, "tipo", c.kindLabel());
        frontMatter(out, "modulo", m.order() + ". " + m.label());
        frontMatter(out, "tema", m.order() + "." + t.order() + " " + t.label());
        frontMatter(out, "slug", c.slug());
        frontMatter(out, "iri", c.iri());
        frontMatter(out, "fuentes", card.fuentes());
        out.append("---\n\n# ").append(ExportText.md(c.label())).append("\n\n");
        out.append("[[").append(INDEX).append("|Curso]] › ").append(ExportText.md(m.order() + ". " + m.label())).append(" › ")
                .append(ExportText.md(t.label())).append("\n\n");
        section(out, "Qué es", card.definicion());
        section(out, "Cómo lo define Databricks", card.definicionDatabricks());
        card.ejemplos().forEach(e -> section(out, "Ejemplo", e));
        for (String code : card.codigo()) out.append("~~~~\n").append(code.replace("~~~~", "~ ~ ~ ~")).append("\n~~~~\n\n");
        section(out, "Consejo de examen", card.consejoExamen());
        if (!card.trampas().isEmpty()) {
            out.append("## Trampas: se confunde con\n\n");
            card.trampas().forEach(x -> out.append("- ").append(link(x)).append('\n'));
            out.append('\n');
        }
        if (!card.relaciones().isEmpty()) {
            out.append("## Relaciones\n\n");
            for (Card.RelationGroup g : card.relaciones()) {
                out.append("### ").append(ExportText.md(g.label())).append("\n\n");
                g.concepts().forEach(x -> out.append("- ").append(link(x)).append('\n'));
                out.append('\n');
            }
        }
        card.notasAlcance().forEach(n -> section(out, "Nota", n));
        card.historial().forEach(h -> section(out, "Historial", h));
        if (!card.fuentes().isEmpty()) {
            out.append("## Fuentes\n\n");
            card.fuentes().forEach(u -> out.append("- <").append(u).append(">\n"));
            out.append('\n');
        }
        return out.toString();
    }

    /** A wikilink to a concept's note; with an alias when the note name had to change. */
    private String link(ConceptRef concept) {
        String name = noteOf.get(concept.slug());
        if (name == null) return ExportText.md(concept.label());
        return name.equals(concept.label()) ? "[[" + name + "]]" : "[[" + name + "|" + concept.label().replace("|", " ").replace("]", " ") + "]]";
    }

    private static void section(StringBuilder out, String title, String text) {
        if (text == null || text.isBlank()) return;
        out.append("## ").append(title).append("\n\n").append(ExportText.md(text)).append("\n\n");
    }

    /** One {@code key: value} line; the value in JSON, which is also YAML (flow style), so quoting is always right. */
    private static void frontMatter(StringBuilder out, String key, Object value) {
        try {
            out.append(key).append(": ").append(JSON.writeValueAsString(value)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
