package dev.explorador.graph;

/** IRIs of the project's own namespaces, in one place. */
public final class Vocab {
    public static final String BASE = "https://explorador-genai.example/";
    public static final String GD = BASE + "vocab#";
    public static final String CONCEPT = BASE + "concepto/";
    public static final String COURSE = BASE + "curso/";
    public static final String EXAM = BASE + "examen/";
    public static final String QUESTION = BASE + "pregunta/";
    public static final String MENTION = BASE + "mencion/";
    public static final String COMPARISON = BASE + "comparacion/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEME = CONCEPT + "curso";

    private Vocab() {}

    /** The slug of a concept IRI ({@code .../concepto/pyfunc} gives {@code pyfunc}); other IRIs are returned whole. */
    public static String slug(String iri) {
        return iri.startsWith(CONCEPT) ? iri.substring(CONCEPT.length()) : iri;
    }

    public static String conceptIri(String slug) {
        return CONCEPT + slug;
    }

    /** A short, readable form of an IRI for messages: {@code gd:usa}, {@code c:pyfunc}, {@code skos:broader}. */
    public static String shortForm(String iri) {
        if (iri.startsWith(GD)) return "gd:" + iri.substring(GD.length());
        if (iri.startsWith(CONCEPT)) return "c:" + iri.substring(CONCEPT.length());
        if (iri.startsWith(COURSE)) return "t:" + iri.substring(COURSE.length());
        if (iri.startsWith(EXAM)) return "ex:" + iri.substring(EXAM.length());
        if (iri.startsWith(QUESTION)) return "q:" + iri.substring(QUESTION.length());
        if (iri.startsWith(MENTION)) return "m:" + iri.substring(MENTION.length());
        if (iri.startsWith(COMPARISON)) return "cmp:" + iri.substring(COMPARISON.length());
        if (iri.startsWith(SKOS)) return "skos:" + iri.substring(SKOS.length());
        if (iri.startsWith("http://purl.org/dc/terms/")) return "dcterms:" + iri.substring(25);
        if (iri.startsWith("http://www.w3.org/2000/01/rdf-schema#")) return "rdfs:" + iri.substring(37);
        return iri;
    }
}
