package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.query.Card;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Obsidian vault: one note per concept, front matter read back, wikilinks that resolve and match the graph. */
class ObsidianVaultTest {
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The front matter: each line is "key: value" with a JSON value, which is valid YAML flow style. */
    static Map<String, JsonNode> frontMatter(String note) throws Exception {
        assertTrue(note.startsWith("---\n"));
        String block = note.substring(4, note.indexOf("\n---\n", 4));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(": ");
            values.put(line.substring(0, colon), JSON.readTree(line.substring(colon + 2)));
        }
        return values;
    }

    @Test
    void oneNotePerConceptWithFrontMatterAndRelationsAsWikilinks(@TempDir Path folder) throws Exception {
        StudyGuide guide = Exports.guide();
        ObsidianVault.write(guide.modules(), folder);
        List<Path> files;
        try (var stream = Files.list(folder)) {
            files = stream.toList();
        }
        assertEquals(Exports.concepts().size() + 1, files.size(), "one note per concept plus the index");
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString().replaceAll("\\.md$", "")));
        Map<String, String> bySlug = new HashMap<>();
        for (Path file : files) {
            String note = Files.readString(file);
            Map<String, JsonNode> front = frontMatter(note);
            if (front.containsKey("slug")) bySlug.put(front.get("slug").asText(), note);
            // Obsidian reads no wikilinks inside fenced code (a JSON example may hold [["text"]]).
            Matcher links = WIKILINK.matcher(note.replaceAll("(?s)~~~~\\n.*?\\n~~~~\\n", ""));
            while (links.find()) assertTrue(names.contains(links.group(1)), "link resolves: " + links.group(1) + " in " + file);
        }
        assertEquals(Exports.concepts().size(), bySlug.size());
        for (Card card : guide.cards()) {
            String note = bySlug.get(card.concept().slug());
            Map<String, JsonNode> front = frontMatter(note);
            assertEquals(card.concept().label(), front.get("title").asText());
            assertEquals(card.fuentes(), JSON.convertValue(front.get("fuentes"), List.class));
            assertTrue(front.get("tags").isArray() && front.get("tags").toString().contains("modulo/"));
            front.get("tags").forEach(t -> assertTrue(t.asText().matches("[a-z0-9_/-]+"), "Obsidian tag " + t));
            String body = note.substring(note.indexOf("\n---\n") + 5);
            int relationLinks = 0;
            int fromSection = body.indexOf("## Relaciones");
            if (fromSection >= 0) {
                String relations = body.substring(fromSection, nextSection(body, fromSection));
                Matcher links = WIKILINK.matcher(relations);
                while (links.find()) relationLinks++;
            }
            int expected = card.relaciones().stream().mapToInt(g -> g.concepts().size()).sum();
            assertEquals(expected, relationLinks, "wikilinks by relation for " + card.concept().slug());
            List<String> headings = new java.util.ArrayList<>();
            Parser.builder().build().parse(body).accept(new AbstractVisitor() {
                @Override public void visit(Heading h) {
                    if (h.getLevel() == 3 && fromSection >= 0) headings.add(SummaryExportTest.text(h));
                }
            });
            card.relaciones().forEach(g -> assertTrue(headings.contains(g.label()), "one heading per relation: " + g.label()));
        }
    }

    @Test
    void zipHoldsTheSameNotes() throws Exception {
        byte[] zip = ObsidianVault.zip(Exports.guide().modules(), "vault");
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(e.getName().startsWith("vault/") && e.getName().endsWith(".md"));
                entries++;
            }
        }
        assertEquals(Exports.concepts().size() + 1, entries);
    }

    private static int nextSection(String body, int from) {
        int next = body.indexOf("\n## ", from + 3);
        return next < 0 ? body.length() : next;
    }
}
