package dev.explorador.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/** The SPARQL of the explorer lives in {@code src/main/resources/queries/*.rq}; this class reads and fills it. */
public final class SparqlQueries {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private SparqlQueries() {}

    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, SparqlQueries::read);
    }

    /** A freshly parsed query: callers may change it (add VALUES, a LIMIT...). */
    public static Query get(String name) {
        return QueryFactory.create(text(name));
    }

    /**
     * The query with one variable replaced by an IRI, without parsing again (works the same for local and
     * remote stores: the result is a query object, serialized as needed).
     */
    public static Query withIri(String name, String variable, String iri) {
        // The parsed template is shared and never changed: the rewrite builds a new query.
        Query template = PARSED.computeIfAbsent(name, n -> QueryFactory.create(text(n)));
        return QueryTransformOps.replaceVars(template, Map.of(Var.alloc(variable), NodeFactory.createURI(iri)));
    }

    /** The same, by rewriting the text: for CONSTRUCT templates, which the syntax rewrite leaves alone. */
    public static Query withIriInText(String name, String variable, String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text(name));
        pss.setIri(variable, iri);
        return pss.asQuery();
    }

    /** The query with a trailing VALUES block that binds {@code variable} to each IRI. */
    public static Query withValues(String name, String variable, List<String> iris) {
        Query query = get(name);
        Var var = Var.alloc(variable);
        List<Binding> rows = iris.stream()
                .map(iri -> BindingFactory.binding(var, (Node) NodeFactory.createURI(iri)))
                .toList();
        query.setValuesDataBlock(List.of(var), rows);
        return query;
    }

    private static String read(String name) {
        String resource = "/queries/" + name + ".rq";
        try (InputStream in = SparqlQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Falta la consulta " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer " + resource, e);
        }
    }
}
