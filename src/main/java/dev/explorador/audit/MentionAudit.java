package dev.explorador.audit;

import dev.explorador.audit.MentionReport.Named;
import dev.explorador.audit.MentionReport.UnknownIdentifier;
import dev.explorador.audit.MentionReport.UnlinkedMention;
import dev.explorador.graph.Vocab;
import dev.explorador.query.SparqlQueries;
import dev.explorador.query.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The mention audit of issue #10: for every concept A whose card names another concept B (label, alt label,
 * former name or code identifier; accents and case ignored; whole words; longest name first), a typed
 * relation joins A and B in either direction, or the ontology holds a reasoned exemption
 * ({@code gd:MencionSinEnlace}); names too common to count are {@code gd:NombreGenerico} nodes with a reason.
 * Every code identifier of a card (see {@link CodeIdentifiers}) is a concept name or a
 * {@code gd:IdentificadorExento}. It also counts the links and the share of {@code skos:related}.
 */
public final class MentionAudit {
    private static final String CODE_FIELD = Vocab.GD + "codigo";
    private static final String RELATED = Vocab.SKOS + "related";
    private static final Map<String, String> FIELD_NAMES = Map.of(
            Vocab.SKOS + "definition", "definición",
            Vocab.GD + "definicionDatabricks", "definición de Databricks",
            Vocab.SKOS + "example", "ejemplo",
            Vocab.GD + "consejoExamen", "consejo de examen",
            Vocab.SKOS + "scopeNote", "nota de alcance",
            Vocab.GD + "historial", "historial",
            CODE_FIELD, "código");
    private static final List<String> FIELD_ORDER = List.of("definición", "definición de Databricks", "ejemplo",
            "consejo de examen", "nota de alcance", "historial", "código");
    private static final java.util.regex.Pattern CODE_BREAKS = java.util.regex.Pattern.compile("[()\\[\\]{}=,;:'\"`]");
    private static final Comparator<String> FIELD_ORDER_COMPARATOR =
            Comparator.comparingInt((String f) -> FIELD_ORDER.indexOf(f)).thenComparing(f -> f);

    private record MentionExemption(String node, String concept, String other, String name, String reason) {}

    private record IdentifierExemption(String node, String identifier, String concept, String reason) {}

    public MentionReport audit(Model model) {
        Map<String, String> labels = new TreeMap<>();
        select(model, "concept-labels", row -> {
            String iri = row.getResource("concept").getURI();
            RDFNode label = row.get("label");
            labels.putIfAbsent(iri, null);
            if (label != null && label.isLiteral() && "es".equals(label.asLiteral().getLanguage())) labels.put(iri, label.asLiteral().getLexicalForm());
        });

        NameMatcher matcher = new NameMatcher();
        Set<String> identifierNames = new HashSet<>(); // every concept name, folded, for the identifier check
        List<String[]> codeShapedNames = new ArrayList<>();
        select(model, "names", row -> {
            String iri = row.getResource("concept").getURI();
            String name = row.getLiteral("name").getLexicalForm();
            matcher.addName(iri, name);
            for (String variant : NameMatcher.variants(name)) {
                identifierNames.add(identifierKey(variant));
                if (variant.contains(".") || variant.contains("_")) codeShapedNames.add(TextNormalizer.words(identifierKey(variant)));
            }
        });

        List<String> unused = new ArrayList<>();
        select(model, "audit-generic-names", row -> {
            String name = row.getLiteral("name").getLexicalForm();
            if (!matcher.markGeneric(name)) unused.add("nombre genérico «" + name + "» (" + shortNode(row) + "): ningún concepto se llama así");
        });

        Set<String> linked = new HashSet<>();
        int[] links = new int[2]; // all, skos:related
        Set<String> symmetric = new HashSet<>();
        select(model, "relations", row -> {
            if (row.getLiteral("symmetric").getBoolean()) symmetric.add(row.getResource("relation").getURI());
        });
        Set<String> seenEdges = new HashSet<>();
        select(model, "edges", row -> {
            String from = row.getResource("from").getURI();
            String relation = row.getResource("relation").getURI();
            String to = row.getResource("to").getURI();
            if (from.equals(to)) return;
            if (symmetric.contains(relation) && seenEdges.contains(to + " " + relation + " " + from)) return;
            if (!seenEdges.add(from + " " + relation + " " + to)) return;
            links[0]++;
            if (relation.equals(RELATED)) links[1]++;
            linked.add(pair(from, to));
        });

        List<MentionExemption> mentionExemptions = new ArrayList<>();
        select(model, "audit-mention-exemptions", row -> mentionExemptions.add(new MentionExemption(shortNode(row),
                row.getResource("concept").getURI(), row.contains("other") ? row.getResource("other").getURI() : null,
                row.contains("name") ? TextNormalizer.normalize(row.getLiteral("name").getLexicalForm()) : null, literal(row, "reason"))));
        List<IdentifierExemption> identifierExemptions = new ArrayList<>();
        select(model, "audit-identifier-exemptions", row -> identifierExemptions.add(new IdentifierExemption(shortNode(row),
                identifierKey(row.getLiteral("identifier").getLexicalForm()),
                row.contains("concept") ? row.getResource("concept").getURI() : null, literal(row, "reason"))));

        // Read every card: mentions grouped by (A, the concepts named), identifiers by (A, identifier).
        Map<String, Map<String, Set<String>>> mentionWords = new TreeMap<>(); // "A|B1 B2" → field → words
        Map<String, Map<String, Set<String>>> identifierFields = new TreeMap<>(); // "A|id" → identifier as written → fields
        int[] generic = new int[1];
        List<QuerySolution> texts = new ArrayList<>();
        select(model, "audit-texts", texts::add);
        for (QuerySolution row : texts) {
            String concept = row.getResource("concept").getURI();
            String fieldIri = row.getResource("field").getURI();
            String field = FIELD_NAMES.get(fieldIri);
            String text = row.getLiteral("text").getLexicalForm();
            List<NameMatcher.Match> found = new ArrayList<>();
            // In code a name does not run across brackets, quotes, '=' or ',': "create(model=" is not "CREATE MODEL".
            for (String piece : fieldIri.equals(CODE_FIELD) ? CODE_BREAKS.split(text) : new String[] {text}) found.addAll(matcher.find(piece));
            for (NameMatcher.Match m : found) {
                if (m.concepts().contains(concept)) continue;
                if (m.generic()) {
                    generic[0]++;
                    continue;
                }
                String key = concept + "|" + String.join(" ", new TreeSet<>(m.concepts()));
                mentionWords.computeIfAbsent(key, k -> new TreeMap<>(FIELD_ORDER_COMPARATOR)).computeIfAbsent(field, f -> new TreeSet<>()).add(m.words());
            }
            Set<String> ids = fieldIri.equals(CODE_FIELD) ? CodeIdentifiers.inCode(text) : CodeIdentifiers.inProse(text);
            for (String id : ids) {
                identifierFields.computeIfAbsent(concept + "|" + identifierKey(id), k -> new TreeMap<>())
                        .computeIfAbsent(id, k -> new TreeSet<>(FIELD_ORDER_COMPARATOR)).add(field);
            }
        }

        // Mentions: linked, exempted or unexplained.
        Set<MentionExemption> usedMentionExemptions = new HashSet<>();
        List<UnlinkedMention> unlinked = new ArrayList<>();
        int linkedCount = 0;
        int exemptCount = 0;
        for (var entry : mentionWords.entrySet()) {
            String concept = entry.getKey().substring(0, entry.getKey().indexOf('|'));
            List<String> others = List.of(entry.getKey().substring(entry.getKey().indexOf('|') + 1).split(" "));
            if (others.stream().anyMatch(o -> linked.contains(pair(concept, o)))) {
                linkedCount++;
                continue;
            }
            Set<String> words = new HashSet<>();
            entry.getValue().values().forEach(words::addAll);
            List<MentionExemption> applying = mentionExemptions.stream()
                    .filter(e -> e.concept().equals(concept))
                    .filter(e -> (e.other() != null && others.contains(e.other())) || (e.name() != null && words.contains(e.name())))
                    .toList();
            boolean byConcept = applying.stream().anyMatch(e -> e.other() != null && others.contains(e.other()));
            Set<String> exemptNames = new HashSet<>();
            applying.forEach(e -> { if (e.name() != null) exemptNames.add(e.name()); });
            if (byConcept || exemptNames.containsAll(words)) {
                exemptCount++;
                usedMentionExemptions.addAll(applying);
                continue;
            }
            unlinked.add(new UnlinkedMention(concept, labels.get(concept),
                    others.stream().map(o -> new Named(o, labels.get(o))).toList(), entry.getValue()));
        }
        for (MentionExemption e : mentionExemptions) {
            if (usedMentionExemptions.contains(e)) continue;
            boolean nowLinked = e.other() != null && linked.contains(pair(e.concept(), e.other()));
            unused.add("mención sin enlace " + e.node() + " (" + Vocab.shortForm(e.concept()) + " → "
                    + (e.other() != null ? Vocab.shortForm(e.other()) : "«" + e.name() + "»") + "): "
                    + (nowLinked ? "ya hay un enlace" : "la ficha ya no hace esa mención sin enlace"));
        }

        // Identifiers: a concept name, exempted, or unknown.
        Set<IdentifierExemption> usedIdentifierExemptions = new HashSet<>();
        List<UnknownIdentifier> unknown = new ArrayList<>();
        int known = 0;
        int exemptIds = 0;
        for (var entry : identifierFields.entrySet()) {
            String concept = entry.getKey().substring(0, entry.getKey().indexOf('|'));
            String key = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
            if (identifierNames.contains(key) || isTailOfName(key, codeShapedNames)) {
                known++;
                continue;
            }
            List<IdentifierExemption> applying = identifierExemptions.stream()
                    .filter(e -> e.identifier().equals(key) && (e.concept() == null || e.concept().equals(concept))).toList();
            if (!applying.isEmpty()) {
                exemptIds++;
                usedIdentifierExemptions.addAll(applying);
                continue;
            }
            String written = entry.getValue().keySet().iterator().next();
            Set<String> fields = new LinkedHashSet<>();
            entry.getValue().values().forEach(fields::addAll);
            unknown.add(new UnknownIdentifier(concept, labels.get(concept), written, List.copyOf(fields)));
        }
        for (IdentifierExemption e : identifierExemptions) {
            if (!usedIdentifierExemptions.contains(e)) {
                unused.add("identificador exento " + e.node() + " («" + e.identifier() + "»): "
                        + (identifierNames.contains(e.identifier()) ? "ya es el nombre de un concepto" : "ninguna ficha lo usa"));
            }
        }

        return new MentionReport(labels.size(), mentionWords.size(), linkedCount, exemptCount, generic[0], List.copyOf(unlinked),
                identifierFields.size(), known, exemptIds, List.copyOf(unknown), links[0], links[1], List.copyOf(unused));
    }


    /** An identifier folded for comparison: accents, case and punctuation ignored, trailing "()" dropped. */
    static String identifierKey(String identifier) {
        return TextNormalizer.normalize(identifier.replaceAll("\\(\\)?$", ""));
    }

    /** {@code log_model} names {@code mlflow.pyfunc.log_model}: the last dotted parts of a code-shaped concept name. */
    private static boolean isTailOfName(String key, List<String[]> codeShapedNames) {
        String[] words = TextNormalizer.words(key);
        if (words.length == 0) return false;
        for (String[] name : codeShapedNames) {
            if (name.length <= words.length) continue;
            boolean tail = true;
            for (int i = 0; i < words.length && tail; i++) tail = words[words.length - 1 - i].equals(name[name.length - 1 - i]);
            if (tail) return true;
        }
        return false;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static String shortNode(QuerySolution row) {
        RDFNode node = row.get("node");
        return node.isURIResource() ? Vocab.shortForm(node.asResource().getURI()) : "(nodo anónimo)";
    }

    private static String literal(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : null;
    }

    private static void select(Model model, String query, Consumer<QuerySolution> each) {
        try (QueryExecution execution = QueryExecution.model(model).query(SparqlQueries.get(query)).build()) {
            execution.execSelect().forEachRemaining(each);
        }
    }
}
