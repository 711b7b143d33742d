package dev.explorador.sparql.guard;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** SPARQL {@code REPLACE}: the match obeys the query's deadline and the result its size cap. */
final class GuardedReplace extends E_StrReplace {
    GuardedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
        Pattern compiled = RegexEngine.makePattern("REPLACE", pattern, flags);
        // XPath F&O (err:FORX0003): a pattern that matches the empty string is an error.
        if (compiled.matcher("").matches()) throw new ExprEvalException("REPLACE: el patrón coincide con la cadena vacía");
        String result;
        try {
            result = compiled.matcher(new DeadlineCharSequence(text.getLiteralLexicalForm())).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException badReplacement) {
            throw new ExprEvalException("REPLACE: reemplazo no válido: " + badReplacement.getMessage());
        }
        QueryBudget.checkStringLength(result.length());
        return NodeValue.makeNode(NodeFactory.createLiteral(result, text.getLiteralLanguage(), text.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList args) {
        return new GuardedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }
}
