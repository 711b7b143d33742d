package dev.explorador.audit;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of the mention audit: mentions of other concepts without a link, code identifiers that are
 * neither a concept nor exempted, and the share of the generic "se relaciona con" among all links.
 */
public record MentionReport(
        int concepts,
        int mentions,
        int linkedMentions,
        int exemptMentions,
        int genericOccurrences,
        List<UnlinkedMention> unlinked,
        int identifiers,
        int knownIdentifiers,
        int exemptIdentifiers,
        List<UnknownIdentifier> unknown,
        int links,
        int relatedLinks,
        List<String> unusedExemptions) {

    /** The most that the generic {@code skos:related} may take of all links. */
    public static final double MAX_RELATED_SHARE = 0.10;

    /** Concept A's card names concept B (or one of several concepts sharing the name), and no link joins them. */
    public record UnlinkedMention(String concept, String conceptLabel, List<Named> others, Map<String, Set<String>> wordsByField) {}

    /** A concept IRI with its Spanish name, for messages. */
    public record Named(String iri, String label) {
        public String describe() {
            return label == null ? Vocab.shortForm(iri) : Vocab.shortForm(iri) + " («" + label + "»)";
        }
    }

    /** A code identifier in concept A's card that is not a concept name and is not exempted. */
    public record UnknownIdentifier(String concept, String conceptLabel, String identifier, List<String> fields) {}

    public double relatedShare() {
        return links == 0 ? 0 : (double) relatedLinks / links;
    }

    public boolean relatedWithinLimit() {
        return relatedShare() <= MAX_RELATED_SHARE;
    }

    /** True when every mention is linked or exempted, every identifier is known or exempted, and related is within 10 %. */
    public boolean clean() {
        return unlinked.isEmpty() && unknown.isEmpty() && relatedWithinLimit();
    }

    /** The summary lines: counts only. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("Auditoría de menciones: ").append(concepts).append(" conceptos.\n");
        s.append("  Menciones de otro concepto (pares ficha → concepto): %d · con enlace: %d · exentas: %d · sin enlace: %d%n"
                .formatted(mentions, linkedMentions, exemptMentions, unlinked.size()));
        s.append("  Nombres genéricos que no cuentan: %d apariciones%n".formatted(genericOccurrences));
        s.append("  Identificadores de código (pares ficha → identificador): %d · son conceptos: %d · exentos: %d · desconocidos: %d%n"
                .formatted(identifiers, knownIdentifiers, exemptIdentifiers, unknown.size()));
        s.append("  Enlaces entre conceptos: %d · «se relaciona con» (skos:related): %d (%.1f %%, máximo %.0f %%)%s%n"
                .formatted(links, relatedLinks, 100 * relatedShare(), 100 * MAX_RELATED_SHARE,
                        relatedWithinLimit() ? "" : " — demasiados"));
        return s.toString();
    }

    /** The full Spanish report, grouped by concept, ready to print. */
    public String describe() {
        StringBuilder s = new StringBuilder(summary());
        Map<String, List<String>> byConcept = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (UnlinkedMention m : unlinked) {
            labels.putIfAbsent(m.concept(), m.conceptLabel());
            List<String> others = m.others().stream().map(Named::describe).toList();
            StringBuilder where = new StringBuilder();
            m.wordsByField().forEach((field, words) -> {
                if (!where.isEmpty()) where.append("; ");
                where.append(field).append(": ").append(String.join(", ", words.stream().map(w -> "«" + w + "»").toList()));
            });
            byConcept.computeIfAbsent(m.concept(), k -> new ArrayList<>())
                    .add("nombra a " + String.join(" o ", others) + " sin enlace — " + where);
        }
        for (UnknownIdentifier u : unknown) {
            labels.putIfAbsent(u.concept(), u.conceptLabel());
            byConcept.computeIfAbsent(u.concept(), k -> new ArrayList<>())
                    .add("identificador de código desconocido «" + u.identifier() + "» — " + String.join(", ", u.fields()));
        }
        if (!byConcept.isEmpty()) s.append('\n');
        byConcept.forEach((concept, lines) -> {
            s.append(new Named(concept, labels.get(concept)).describe()).append('\n');
            lines.forEach(line -> s.append("  - ").append(line).append('\n'));
        });
        if (!unusedExemptions.isEmpty()) {
            s.append("\nExenciones que ya no hacen falta (bórralas o corrígelas):\n");
            unusedExemptions.forEach(u -> s.append("  - ").append(u).append('\n'));
        }
        s.append(clean() ? "\nTodo explicado: cada mención tiene enlace o exención, cada identificador es un concepto o está exento.\n"
                : "\nQuedan menciones o identificadores sin explicar: enlaza los conceptos (o crea el concepto del identificador) en la ontología; exime solo con un motivo.\n");
        return s.toString();
    }
}
