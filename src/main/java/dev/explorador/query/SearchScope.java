package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import java.util.Locale;

/** Where a search looks: the names of the concepts, the text inside every card and question, or both (names first). */
public enum SearchScope {
    NAMES, TEXT, ALL;

    /** "nombres"/"names", "texto"/"text", "todo"/"all"; anything else is a {@link BadRequestException}. */
    public static SearchScope parse(String value) {
        if (value == null || value.isBlank()) return ALL;
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "names", "nombres" -> NAMES;
            case "text", "texto" -> TEXT;
            case "all", "todo" -> ALL;
            default -> throw new BadRequestException("«in» (--en) debe ser names, text o all, o nombres, texto o todo (se recibió «"
                    + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "»)");
        };
    }
}
