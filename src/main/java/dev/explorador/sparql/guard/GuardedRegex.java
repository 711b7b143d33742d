package dev.explorador.sparql.guard;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** SPARQL {@code REGEX}, matched over a {@link DeadlineCharSequence} so that backtracking obeys the query's budget. */
final class GuardedRegex extends E_Regex {
    GuardedRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        String flags = args.size() > 2 ? NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(2)).getLiteralLexicalForm() : null;
        String pattern = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm();
        Pattern compiled = RegexEngine.makePattern("REGEX", pattern, flags);
        return NodeValue.booleanReturn(compiled.matcher(new DeadlineCharSequence(text.getLiteralLexicalForm())).find());
    }

    @Override
    public Expr copy(ExprList args) {
        return new GuardedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
}
