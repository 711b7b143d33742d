package dev.explorador.sparql.guard;

/**
 * The text a regular expression runs over, checking the query's budget as the matcher reads it.
 * {@code java.util.regex} never looks at interrupts, but it reads its input through {@link #charAt},
 * so a catastrophic backtrack stops within a few thousand steps of the deadline.
 */
final class DeadlineCharSequence implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private int reads;

    DeadlineCharSequence(String text) {
        this.text = text;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0) QueryBudget.checkCurrent();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.substring(start, end));
    }

    @Override
    public String toString() {
        return text;
    }
}
