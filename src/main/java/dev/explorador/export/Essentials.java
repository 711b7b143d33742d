package dev.explorador.export;

import dev.explorador.query.Card;

/**
 * What the esencial edition keeps of a card: the first sentence of the plain definition, and of the exam tip the
 * trap when it names one («Trampa: …»), otherwise its first sentence; both cut at a word to fit one printed line.
 */
public final class Essentials {
    /** The longest line a concept gets, with its ellipsis. */
    public static final int LINE = 100;
    static final int TIP = 120;
    /** Look-alikes named per member in the chuleta's tables. */
    static final int TRAPS = 2;

    private Essentials() {}

    static String line(Card card) {
        return ExportText.firstSentence(card.definicion(), LINE);
    }

    static String tip(Card card) {
        String tip = card.consejoExamen();
        if (tip == null || tip.isBlank()) return "";
        int trap = tip.indexOf("Trampa");
        return ExportText.firstSentence(trap > 0 ? tip.substring(trap) : tip, TIP);
    }
}
