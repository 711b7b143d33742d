package dev.explorador.sparql.guard;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Wraps any function call of a user query and refuses a result longer than {@link QueryBudget#MAX_STRING_CHARS}:
 * a chain of {@code BIND(CONCAT(?v, ?v) AS ?w)} doubles a string per step and would fill the heap in one row.
 */
final class SizeCapped extends ExprFunction1 {
    SizeCapped(Expr call) {
        super(call, "capped");
    }

    @Override
    public NodeValue eval(NodeValue value) {
        if (value.isLiteral()) QueryBudget.checkStringLength(value.asNode().getLiteralLexicalForm().length());
        return value;
    }

    @Override
    public Expr copy(Expr call) {
        return new SizeCapped(call);
    }

    /** The call this cap wraps, for printing and analysis. */
    public Expr call() {
        return getArg();
    }
}
