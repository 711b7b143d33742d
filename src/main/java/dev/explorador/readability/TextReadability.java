package dev.explorador.readability;

import java.util.Arrays;
import java.util.List;

/**
 * The readability of one kind of text across the graph (every plain definition, every story…): how many texts,
 * the median Szigriszt-Pazos score with its INFLESZ level, and how many score below 55 («algo difícil» or worse).
 * The median, not the mean, so a few cards full of product names do not hide how the rest reads.
 */
public record TextReadability(String field, String label, int texts, double median, String level, int under55) {

    public static TextReadability of(String field, String label, List<String> texts) {
        double[] scores = texts.stream().mapToDouble(t -> Perspicuity.of(t).score()).sorted().toArray();
        double median = median(scores);
        int hard = (int) Arrays.stream(scores).filter(s -> s < Perspicuity.HARD).count();
        return new TextReadability(field, label, scores.length, Math.round(median * 10) / 10.0,
                texts.isEmpty() ? "" : InfleszLevel.of(median).label(), hard);
    }

    /** The middle of sorted scores (the mean of the two middle ones for an even count); 0 when there are none. */
    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
