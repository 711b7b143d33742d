package dev.explorador.bench;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * A made-up study graph with the course graph's shape: the real vocabulary, outline and exam, then as many
 * concepts as the target size needs, each with the same fields, kinds, label languages and relation mix
 * (kinds and relations are drawn with the frequencies they have in the real graph). Seeded: the same
 * size gives the same graph.
 */
public final class SyntheticGraph {
    private static final String[] WORDS = {"modelo", "tabla", "endpoint", "perfil", "métrica", "índice", "agente",
        "registro", "alias", "flujo", "servicio", "catálogo", "volumen", "prompt", "juez", "traza", "lote", "canal",
        "entorno", "paquete", "firma", "ejemplo", "deriva", "costo", "latencia", "guardrail", "memoria", "cadena"};
    private static final String[] ENGLISH = {"model", "table", "endpoint", "profile", "metric", "index", "agent",
        "registry", "alias", "flow", "service", "catalog", "volume", "prompt", "judge", "trace", "batch", "channel",
        "environment", "package", "signature", "example", "drift", "cost", "latency", "guardrail", "memory", "chain"};

    private final Model base;
    private final List<Resource> kinds = new ArrayList<>();
    private final List<Property> relations = new ArrayList<>();
    private final List<Resource> topics = new ArrayList<>();
    private final double linksPerConcept;

    /** @param course the real course graph (vocabulary, outline, exam and concepts) whose shape is copied */
    public SyntheticGraph(Model course) {
        this.base = ModelFactory.createDefaultModel();
        course.listStatements().forEach(s -> {
            if (!s.getSubject().hasProperty(RDF.type, SKOS.Concept)) base.add(s); // keep everything but the concepts
        });
        base.setNsPrefixes(course.getNsPrefixMap());
        long concepts = 0;
        long links = 0;
        try (QueryExecution qe = QueryExecution.model(course).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX gd: <https://explorador-genai.example/vocab#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?kind ?relation ?topic WHERE {
                  { ?c a skos:Concept , ?kind . ?kind rdfs:subClassOf gd:TipoDeConcepto }
                  UNION { ?a ?relation ?b . ?relation a gd:Relacion . ?a a skos:Concept . ?b a skos:Concept }
                  UNION { ?topic a gd:Tema }
                }""").build()) {
            for (var it = qe.execSelect(); it.hasNext(); ) {
                QuerySolution row = it.next();
                if (row.contains("kind")) { kinds.add(row.getResource("kind")); concepts++; }
                if (row.contains("relation")) { relations.add(base.createProperty(row.getResource("relation").getURI())); links++; }
                if (row.contains("topic")) topics.add(row.getResource("topic"));
            }
        }
        this.linksPerConcept = concepts == 0 ? 4 : (double) links / concepts;
    }

    /** A graph of about {@code triples} triples. */
    public Model generate(long triples, long seed) {
        Random random = new Random(seed);
        Model model = ModelFactory.createDefaultModel().add(base);
        model.setNsPrefixes(base.getNsPrefixMap());
        long perConcept = 17 + Math.round(linksPerConcept);
        int count = (int) Math.max(10, (triples - base.size()) / perConcept);
        Resource scheme = model.createResource(Vocab.SCHEME);
        Property definicionDatabricks = model.createProperty(Vocab.GD + "definicionDatabricks");
        Property consejo = model.createProperty(Vocab.GD + "consejoExamen");
        Property tema = model.createProperty(Vocab.GD + "tema");
        Property orden = model.createProperty(Vocab.GD + "ordenEnTema");
        List<Resource> concepts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) concepts.add(model.createResource(Vocab.conceptIri("sintetico-" + i)));
        for (int i = 0; i < count; i++) {
            Resource c = concepts.get(i);
            int a = random.nextInt(WORDS.length);
            int b = random.nextInt(WORDS.length);
            String name = pseudoWord(random);
            String es = capital(WORDS[a]) + " de " + WORDS[b] + " " + name;
            String en = capital(ENGLISH[b]) + " " + ENGLISH[a] + " " + name;
            c.addProperty(RDF.type, SKOS.Concept).addProperty(RDF.type, pick(kinds, random))
                    .addProperty(SKOS.inScheme, scheme).addProperty(tema, pick(topics, random))
                    .addLiteral(orden, (long) (i % 20) + 1)
                    .addProperty(SKOS.prefLabel, es, "es").addProperty(SKOS.prefLabel, en, "en")
                    .addProperty(SKOS.altLabel, name + " " + ENGLISH[b], "en")
                    .addProperty(SKOS.definition, "Definición sencilla del concepto sintético " + i + ": " + es + ".", "es")
                    .addProperty(definicionDatabricks, "Definición según la documentación para " + es + ".", "es")
                    .addProperty(SKOS.example, "Ejemplo con el agente de turismo para " + es + ".", "es")
                    .addProperty(consejo, "Consejo de examen para " + es + ": no lo confundas.", "es")
                    .addProperty(DCTerms.source, model.createResource("https://docs.databricks.com/aws/en/sintetico/" + i));
            int links = (int) Math.floor(linksPerConcept + random.nextDouble());
            for (int l = 0; l < links; l++) {
                // Half the links go to "hub" concepts, as in the course graph (Unity Catalog, Model Serving...).
                int target = random.nextBoolean() ? random.nextInt(Math.max(1, count / 50)) : random.nextInt(count);
                if (target != i) c.addProperty(pick(relations, random), concepts.get(target));
            }
        }
        return model;
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ser", "tan", "vo", "ra", "bel", "du", "fin", "go", "pla",
        "ne", "qui", "sto", "ul", "zar", "tre", "cam", "bio"};

    /** A made-up product name ("Kalomi", "Tanvobel"): names grow the vocabulary the way real ones do. */
    private static String pseudoWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return capital(word.toString());
    }

    private static <T extends RDFNode> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
