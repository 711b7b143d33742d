package dev.explorador.sparql.guard;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Makes a user's query safe to run on this machine: refuses what must not run ({@link QueryInspector}), and
 * swaps the functions that can escape a deadline or fill the heap within a single row for guarded twins:
 * REGEX and REPLACE match over a text that checks the {@link QueryBudget}; functions that build strings are capped.
 */
public final class QueryGuard {
    private QueryGuard() {}

    /** Throws {@link RefusedQueryException} with the reason, or returns the query with its guarded functions. */
    public static Query guard(Query query) {
        QueryInspector.inspect(query);
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new GuardFunctions());
    }

    /** Refuses what cannot run here, without rewriting (for queries sent on to a remote store, which bounds its own). */
    public static void inspect(Query query) {
        QueryInspector.inspect(query);
    }

    private static final class GuardFunctions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof GuardedRegex || function instanceof GuardedReplace) return function.copy(args);
            if (function instanceof E_Regex) {
                return new GuardedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (function instanceof E_StrReplace) {
                return new GuardedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            if (function instanceof E_StrConcat || function instanceof E_Function) return new SizeCapped(function.copy(args));
            return super.transform(function, args);
        }

        @Override
        public Expr transform(ExprFunction1 function, Expr arg) {
            if (function instanceof E_StrEncodeForURI) return new SizeCapped(function.copy(arg));
            return super.transform(function, arg);
        }
    }
}
