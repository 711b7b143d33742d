package dev.explorador.export;

import dev.explorador.query.Card;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The Spanish ↔ English glossary of the summary: each concept's two names and its other names. */
public final class Glossary {
    private static final Collator SPANISH = collator(new Locale("es"));
    private static final Collator ENGLISH = collator(Locale.ENGLISH);

    public record Entry(String slug, String es, String en, List<String> otherNames) {}

    private Glossary() {}

    /** Entries ordered by their Spanish name (Spanish collation: accents do not move a word). */
    static List<Entry> of(List<Card> cards) {
        return cards.stream()
                .map(c -> new Entry(c.concept().slug(), c.concept().label(),
                        c.concept().labelEn() == null ? "" : c.concept().labelEn(), c.otrosNombres()))
                .sorted(Comparator.comparing(Entry::es, SPANISH))
                .toList();
    }

    /** The same entries ordered by their English name. */
    static List<Entry> byEnglish(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::en, ENGLISH)).toList();
    }

    private static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
