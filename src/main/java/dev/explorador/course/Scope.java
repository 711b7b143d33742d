package dev.explorador.course;

import dev.explorador.error.BadRequestException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Which edition of the study material: the course alone (modules 1–6, the user's notes in order; the default) or the
 * whole certification (also modules 7–10, flagged {@code gd:fueraDelCurso true} in ontology/temario.ttl, which hold the
 * rest of the exam). Written {@code curso} / {@code certificacion} in addresses and on the command line.
 */
public enum Scope {
    CURSO("curso"),
    CERTIFICACION("certificacion");

    public static final Scope DEFAULT = CURSO;

    private final String id;

    Scope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether a module belongs to this edition. */
    public boolean includes(boolean outsideCourse) {
        return this == CERTIFICACION || !outsideCourse;
    }

    /** {@code curso}, {@code certificacion} or {@code certificación}, any case; null or blank is the default. */
    public static Scope parse(String value) {
        if (value == null || value.isBlank()) return DEFAULT;
        String plain = Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (Scope s : values()) if (s.id.equals(plain)) return s;
        throw new BadRequestException("«alcance» debe ser «curso» (módulos 1–6, el curso) o «certificacion» (módulos 1–10, todo el examen); se recibió «"
                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "»");
    }

    @Override
    public String toString() {
        return id;
    }
}
