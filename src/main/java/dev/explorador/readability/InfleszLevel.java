package dev.explorador.readability;

/** The INFLESZ scale (Barrio-Cantalejo, 2008), which reads a Szigriszt-Pazos score as a level of ease. */
public enum InfleszLevel {
    MUY_DIFICIL("muy difícil"),
    ALGO_DIFICIL("algo difícil"),
    NORMAL("normal"),
    BASTANTE_FACIL("bastante fácil"),
    MUY_FACIL("muy fácil");

    private final String label;

    InfleszLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Below 40, 40–55, 55–65, 65–80, above 80; each bound belongs to the easier level except 80. */
    public static InfleszLevel of(double score) {
        if (score < 40) return MUY_DIFICIL;
        if (score < 55) return ALGO_DIFICIL;
        if (score < 65) return NORMAL;
        if (score <= 80) return BASTANTE_FACIL;
        return MUY_FACIL;
    }
}
