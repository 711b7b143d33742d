package dev.explorador.export;

import dev.explorador.error.BadRequestException;

/**
 * The editions of the study summary. {@code completo}: every card in full, with the stories, diagrams and
 * comparison tables. {@code esencial}: the stories, tables and diagrams, and one line per concept with its exam tip
 * and traps (at most 30 printed pages). {@code chuleta}: the comparison tables and the most-asked distinctions
 * (at most 4 printed pages).
 */
public enum Edition {
    completo("Resumen de estudio"),
    esencial("Resumen esencial"),
    chuleta("Chuleta");

    private final String title;

    Edition(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The modules in course order, with their stories and cards (every edition but the chuleta). */
    public boolean showsModules() {
        return this != chuleta;
    }

    /** The exam sections and the glossary (the complete edition only). */
    public boolean showsExamAndGlossary() {
        return this == completo;
    }

    /** Each concept as one line with its exam tip and traps ({@link Essentials}) instead of its full card. */
    public boolean oneLinePerConcept() {
        return this == esencial;
    }

    /** The comparison tables carry each member's exam tip (the complete edition; the others keep to their page budget). */
    public boolean tipsInTables() {
        return this == completo;
    }

    /** How many look-alikes a comparison table names per member before «…»; the complete edition names them all. */
    public int trapsPerMember() {
        return this == completo ? Integer.MAX_VALUE : Essentials.TRAPS;
    }

    /** "esencial" or "ESENCIAL"; nothing means completo; anything else is the caller's mistake, said in Spanish. */
    public static Edition parse(String name) {
        if (name == null || name.isBlank()) return completo;
        for (Edition e : values()) if (e.name().equalsIgnoreCase(name.trim())) return e;
        String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
        throw new BadRequestException("Edición del resumen desconocida «" + shown + "»: usa completo, esencial o chuleta");
    }
}
