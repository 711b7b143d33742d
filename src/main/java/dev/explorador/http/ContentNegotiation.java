package dev.explorador.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proactive negotiation as RFC 9110 §12.5.1 describes it: each representation we can send gets the weight of the
 * most specific media range of the {@code Accept} header that matches it ({@code text/turtle;charset=utf-8} before
 * {@code text/turtle} before {@code text/*} before {@code *}{@code /*}); {@code q=0} means "not this"; the heaviest
 * representation wins. Ties go to the one the client named first, then to the order of the offers (the server's
 * preference, its first offer being the default). No acceptable representation gives null: the caller answers 406.
 */
final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * Something the server can send: its media type (lower case, no parameters), the parameters it always carries
     * (such as {@code charset=utf-8}), and what produces it.
     */
    record Offer<T>(String type, Map<String, String> params, T value) {
        Offer {
            type = type.toLowerCase(Locale.ROOT);
            params = Map.copyOf(params);
        }
    }

    /** One media range of an Accept header, with its weight and its position in the header. */
    record Range(String type, String subtype, Map<String, String> params, double q, int position) {
        int specificity() {
            if (type.equals("*")) return 0;
            if (subtype.equals("*")) return 1;
            return 2 + params.size();
        }

        boolean matches(Offer<?> offer) {
            int slash = offer.type().indexOf('/');
            String offerType = offer.type().substring(0, slash);
            String offerSubtype = offer.type().substring(slash + 1);
            if (!type.equals("*") && !type.equals(offerType)) return false;
            if (!subtype.equals("*") && !subtype.equals(offerSubtype)) return false;
            for (var param : params.entrySet()) {
                String value = offer.params().get(param.getKey());
                if (value == null) return false;
                boolean caseless = param.getKey().equals("charset");
                if (caseless ? !value.equalsIgnoreCase(param.getValue()) : !value.equals(param.getValue())) return false;
            }
            return true;
        }
    }

    /**
     * The offer the client prefers: the first offer when there is no Accept header (or a blank one), null when the
     * header rules out every offer.
     */
    static <T> Offer<T> choose(String accept, List<Offer<T>> offers) {
        if (offers.isEmpty()) return null;
        if (accept == null || accept.isBlank()) return offers.get(0);
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return offers.get(0); // nothing readable: as if the header were absent
        Offer<T> best = null;
        Range bestRange = null;
        for (Offer<T> offer : offers) {
            Range deciding = null;
            for (Range range : ranges) {
                if (!range.matches(offer)) continue;
                if (deciding == null || range.specificity() > deciding.specificity()) deciding = range;
            }
            if (deciding == null || deciding.q() <= 0) continue;
            if (best == null || deciding.q() > bestRange.q()
                    || (deciding.q() == bestRange.q() && deciding.position() < bestRange.position())) {
                best = offer;
                bestRange = deciding;
            }
        }
        return best;
    }

    /**
     * The media ranges of an Accept header. A range that cannot be read (no slash, a bad weight) is left out, as
     * a lenient reader should; a lone {@code *} (old Java clients send it) is read as {@code *}{@code /*}.
     */
    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        int position = 0;
        for (String element : split(accept, ',')) {
            List<String> pieces = split(element, ';');
            if (pieces.isEmpty()) continue;
            String mediaRange = pieces.get(0).trim().toLowerCase(Locale.ROOT);
            if (mediaRange.isEmpty()) continue;
            if (mediaRange.equals("*")) mediaRange = "*/*";
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1 || mediaRange.indexOf('/', slash + 1) >= 0) continue;
            String type = mediaRange.substring(0, slash).trim();
            String subtype = mediaRange.substring(slash + 1).trim();
            if (type.equals("*") && !subtype.equals("*")) continue;
            Map<String, String> params = new LinkedHashMap<>();
            double q = 1.0;
            boolean valid = true;
            for (int i = 1; i < pieces.size(); i++) {
                String piece = pieces.get(i).trim();
                if (piece.isEmpty()) continue;
                int eq = piece.indexOf('=');
                if (eq <= 0) {
                    valid = false;
                    break;
                }
                String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = unquote(piece.substring(eq + 1).trim());
                if (name.equals("q")) {
                    // The weight ends the media type's parameters; anything after it is an extension we ignore.
                    q = weight(value);
                    if (Double.isNaN(q)) valid = false;
                    break;
                }
                params.put(name, value);
            }
            if (valid) ranges.add(new Range(type, subtype, params, q, position++));
        }
        return ranges;
    }

    private static double weight(String value) {
        try {
            double q = Double.parseDouble(value);
            return q < 0 || q > 1 ? Double.NaN : q;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String unquote(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) return value;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) c = value.charAt(++i);
            out.append(c);
        }
        return out.toString();
    }

    /** Splits on a separator that is not inside a quoted string. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
