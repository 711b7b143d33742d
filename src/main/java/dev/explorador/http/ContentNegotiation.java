package dev.explorador.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Picks the best media type we offer for an Accept header (q-values and wildcards honoured). */
final class ContentNegotiation {
    private ContentNegotiation() {}

    private record Range(String type, double q, int order) {}

    /** The offered type the client prefers, the default when it accepts anything, or null when nothing fits. */
    static String choose(String accept, List<String> offered, String fallback) {
        if (accept == null || accept.isBlank()) return fallback;
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            if (pieces.length == 0) continue; // "Accept: ;" names no type
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int j = 1; j < pieces.length; j++) {
                String param = pieces[j].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!type.isEmpty() && q > 0) ranges.add(new Range(type, q, i));
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        for (Range range : ranges) {
            if (range.type().equals("*/*")) return fallback;
            for (String type : offered) {
                if (range.type().equals(type)) return type;
            }
            if (range.type().endsWith("/*")) {
                String prefix = range.type().substring(0, range.type().length() - 1);
                if (fallback.startsWith(prefix)) return fallback;
                for (String type : offered) if (type.startsWith(prefix)) return type;
            }
        }
        return null;
    }
}
