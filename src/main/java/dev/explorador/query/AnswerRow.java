package dev.explorador.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One answer row of the snapshot's queries, whether it comes from the store now ({@link #of(QuerySolution)}) or from
 * the answers the build recorded ({@link RecordedAnswers}): the snapshot is built by the same code from either.
 */
interface AnswerRow {
    /** The IRI bound to a variable, or null. */
    String iri(String variable);

    /** A literal's lexical form or a resource's IRI, or null when the variable is unbound. */
    String text(String variable);

    /** A literal's language tag ("" when it has none), or null when the variable is not a literal. */
    String language(String variable);

    default boolean has(String variable) {
        return text(variable) != null;
    }

    /** An integer literal's value; 0 when the variable is unbound or not a literal. */
    default int integer(String variable) {
        return language(variable) == null ? 0 : Integer.parseInt(text(variable).trim());
    }

    /** An xsd:boolean literal's value. */
    default boolean bool(String variable) {
        String value = text(variable);
        return "true".equals(value) || "1".equals(value);
    }

    static AnswerRow of(QuerySolution solution) {
        return new AnswerRow() {
            @Override
            public String iri(String variable) {
                RDFNode node = solution.get(variable);
                return node != null && node.isURIResource() ? node.asResource().getURI() : null;
            }

            @Override
            public String text(String variable) {
                RDFNode node = solution.get(variable);
                return node == null ? null : node.isLiteral() ? ((Literal) node).getLexicalForm() : node.toString();
            }

            @Override
            public String language(String variable) {
                RDFNode node = solution.get(variable);
                return node != null && node.isLiteral() ? ((Literal) node).getLanguage() : null;
            }
        };
    }
}
