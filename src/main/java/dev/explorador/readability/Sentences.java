package dev.explorador.readability;

/**
 * Counts sentences: a sentence ends at «.», «!», «?» or «…» followed by a space or the end of the text (closing
 * quotes and brackets may come between), so the dots inside names (mlflow.models.predict, requirements.txt) and
 * numbers (3.5) do not end one. Only a run with a letter or digit counts, so «?!» or «...» end one sentence, not
 * several, and words after the last stop make one more. Colons and semicolons do not end a sentence.
 */
final class Sentences {
    private static final String STOPS = ".!?…";
    private static final String CLOSERS = "»\"”’')]";

    private Sentences() {}

    static int count(String text) {
        int sentences = 0;
        boolean words = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                words = true;
            } else if (STOPS.indexOf(c) >= 0 && words && endsHere(text, i + 1)) {
                sentences++;
                words = false;
            }
        }
        return words ? sentences + 1 : sentences;
    }

    /** True when only stops and closing marks stand between {@code from} and a space or the end of the text. */
    private static boolean endsHere(String text, int from) {
        int i = from;
        while (i < text.length() && (STOPS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) i++;
        return i == text.length() || Character.isWhitespace(text.charAt(i));
    }
}
