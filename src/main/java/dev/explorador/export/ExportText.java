package dev.explorador.export;

import dev.explorador.query.TextNormalizer;

/** Small text helpers shared by the exports: escaping for each syntax, slugs for tags and file names. */
final class ExportText {
    private ExportText() {}

    /** Escapes text for HTML and XML (element content and attribute values). */
    static String xml(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped; they carry nothing here.
                    if (c >= 0x20 || c == '\n' || c == '\t') out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Keeps text from being read as Markdown markup (same rule as {@link MarkdownMindMap}). */
    static String md(String text) {
        return MarkdownMindMap.escape(text).replace("\n", " ");
    }

    /** ASCII, lower case, hyphens: "Métodos de despliegue" gives "metodos-de-despliegue". */
    static String slug(String text) {
        return TextNormalizer.normalize(text).replace(' ', '-');
    }

    /** The first sentence of a text (for the cheat sheet), cut at {@code max} characters. */
    static String firstSentence(String text, int max) {
        if (text == null) return "";
        String t = text.strip();
        int end = -1;
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(t.charAt(i + 1)) && i > 20) {
                end = i + 1;
                break;
            }
        }
        String sentence = end < 0 ? t : t.substring(0, end);
        if (sentence.length() <= max) return sentence;
        // Cut after a whole clause when one ends in the second half: «…; en GenAI pesan también…» reads worse than
        // «…de ML clásico;» followed by the ellipsis.
        int clause = Math.max(sentence.lastIndexOf("; ", max - 1), Math.max(sentence.lastIndexOf(", ", max - 1), sentence.lastIndexOf(": ", max - 1)));
        if (clause > max * 3 / 5) return sentence.substring(0, clause) + "…";
        int cut = sentence.lastIndexOf(' ', max - 1);
        return sentence.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** A name in Spanish with its English name in brackets when they differ. */
    static String bilingual(String es, String en) {
        if (en == null || en.equalsIgnoreCase(es)) return es;
        return es + " (" + en + ")";
    }
}
