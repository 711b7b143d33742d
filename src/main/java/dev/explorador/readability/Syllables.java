package dev.explorador.readability;

import java.util.Locale;

/**
 * Counts the syllables of one Spanish word by its vowel nuclei, as Spanish spelling splits them.
 *
 * <ul>
 *   <li>a, e, o (and any vowel with an acute accent) are strong; i, u, ü are weak. Each strong vowel is a nucleus
 *       of its own, so two strong vowels together are a hiatus (le-er, pa-ís, dí-a: the accent turns a weak vowel
 *       strong). Weak vowels join the strong vowel next to them (ai-re, cui-da-do, buey) and two weak ones make one
 *       nucleus (ciu-dad).</li>
 *   <li>h is not a sound, so it neither separates nor joins vowels (ahu-mar is two syllables; a-hí too, by its
 *       accent).</li>
 *   <li>In «que», «qui», «gue», «gui» the u is silent; «ü» (pin-güi-no) is a vowel.</li>
 *   <li>y is a vowel at the end of a word (hoy, muy, the word «y») and before a consonant; elsewhere a consonant
 *       (ma-yo).</li>
 * </ul>
 *
 * The texts also carry names that are not Spanish words. They get these rules:
 * <ul>
 *   <li>English product names (MLflow, pipeline, Databricks) are counted by the same vowel groups. A silent final
 *       e can add a syllable (pi-pe-li-ne); such names are a small share of any text, so the slight excess is
 *       accepted rather than guessed at with English rules.</li>
 *   <li>A run of letters with no vowel at all (LLM, SQL, txt) is read letter by letter: LLM is «e-le e-le e-me»,
 *       six syllables.</li>
 *   <li>A run of digits counts one syllable per digit (2 «dos» is one, 2024 counts four). It is a rough reading,
 *       but numbers are rare in the prose this measures.</li>
 *   <li>A word made of several runs (mlflow.models.predict, log_model, MLflow 3) adds up its runs.</li>
 * </ul>
 */
public final class Syllables {
    /** Syllables of each letter's Spanish name, a to z, for words spelled out letter by letter. */
    private static final int[] LETTER_NAMES = {
        1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 2, // a be ce de e efe ge hache i jota ka ele eme
        2, 1, 1, 1, 2, 2, 1, 1, 2, 4, 2, 2, 2  // ene o pe cu erre ese te u uve uve-do-ble equis i-grie-ga ze-ta
    };

    private Syllables() {}

    /** Syllables of a word (a whitespace-free token); 0 when it has no letter or digit. */
    public static int count(String word) {
        int total = 0;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                total++;
                i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < word.length() && Character.isLetter(word.charAt(end))) end++;
                total += ofLetters(word.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return total;
    }

    /** Syllables of a run of letters. */
    static int ofLetters(String run) {
        String letters = run.toLowerCase(Locale.ROOT).replace("h", "");
        int nuclei = 0;
        int i = 0;
        while (i < letters.length()) {
            if (!isVowel(letters, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < letters.length() && isVowel(letters, end)) end++;
            nuclei += nucleiInVowelGroup(letters, i, end);
            i = end;
        }
        return nuclei > 0 ? nuclei : spelledOut(run);
    }

    /** Nuclei in letters[from, to), a run of vowels: one per strong vowel, or one if all are weak. */
    private static int nucleiInVowelGroup(String letters, int from, int to) {
        int strong = 0;
        for (int i = from; i < to; i++) if (isStrong(letters.charAt(i))) strong++;
        return Math.max(strong, 1);
    }

    private static boolean isVowel(String letters, int i) {
        char c = letters.charAt(i);
        if ("aeoáéíóúàèìòùüi".indexOf(c) >= 0) return true;
        if (c == 'u') return !silentU(letters, i);
        if (c == 'y') return i == letters.length() - 1 || !isVowelLetter(letters.charAt(i + 1));
        return false;
    }

    /** The u of «que», «qui», «gue», «gui» only shows how to say the consonant. */
    private static boolean silentU(String letters, int i) {
        if (i == 0 || i == letters.length() - 1) return false;
        char before = letters.charAt(i - 1);
        char after = letters.charAt(i + 1);
        return (before == 'q' || before == 'g') && "eiéí".indexOf(after) >= 0;
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouáéíóúàèìòùü".indexOf(c) >= 0;
    }

    /** a, e, o, and any accented vowel: an accented i or u is a nucleus of its own (dí-a, ba-úl). */
    private static boolean isStrong(char c) {
        return "aeoáéíóúàèìòù".indexOf(c) >= 0;
    }

    /** A run with no vowel, read letter by letter (LLM = e-le e-le e-me). */
    private static int spelledOut(String run) {
        int total = 0;
        for (char c : run.toLowerCase(Locale.ROOT).toCharArray()) {
            total += c >= 'a' && c <= 'z' ? LETTER_NAMES[c - 'a'] : c == 'ñ' ? 2 : 1;
        }
        return total;
    }
}
