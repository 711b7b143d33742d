package dev.explorador.readability;

/**
 * How easy a Spanish text is to read: the Szigriszt-Pazos perspicuity index
 * {@code 206.835 − 62.3 × syllables/words − words/sentences} and its INFLESZ level. Long words and long sentences
 * both lower it.
 */
public record Perspicuity(int words, int syllables, int sentences, double score) {
    /** Below this a text is at least «algo difícil» on the INFLESZ scale. */
    public static final double HARD = 55;

    public InfleszLevel level() {
        return InfleszLevel.of(score);
    }

    /** Measures a text; a text without words scores 0 (nothing to read is not easy to read). */
    public static Perspicuity of(String text) {
        int words = 0;
        int syllables = 0;
        for (String token : text.strip().split("\\s+")) {
            int s = Syllables.count(token);
            if (s > 0) {
                words++;
                syllables += s;
            }
        }
        int sentences = Sentences.count(text);
        if (words == 0) return new Perspicuity(0, 0, 0, 0);
        double score = 206.835 - 62.3 * syllables / words - (double) words / sentences;
        return new Perspicuity(words, syllables, sentences, score);
    }
}
