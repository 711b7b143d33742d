package dev.explorador.sparql.guard;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Refuses, before anything runs, what a local read-only service must never do or cannot bound:
 * calls to other servers ({@code SERVICE}), Java classes loaded by IRI ({@code java:} functions),
 * unknown functions, and property paths whose evaluation Jena cannot cancel (an unbounded path inside another).
 */
final class QueryInspector {
    /** Largest repetition count in a path such as {@code :p{2,5}}. */
    static final long MAX_PATH_REPEAT = 10;

    private QueryInspector() {}

    static void inspect(Query query) {
        if (query.getQueryPattern() != null) inspect(query.getQueryPattern());
        query.getProject().getExprs().values().forEach(QueryInspector::inspect);
        if (query.hasGroupBy()) query.getGroupBy().getExprs().values().forEach(QueryInspector::inspect);
        query.getHavingExprs().forEach(QueryInspector::inspect);
        if (query.getOrderBy() != null) query.getOrderBy().forEach(sort -> inspect(sort.getExpression()));
        for (ExprAggregator aggregator : query.getAggregators()) {
            if (aggregator.getAggregator().getExprList() != null) aggregator.getAggregator().getExprList().forEach(QueryInspector::inspect);
        }
    }

    private static void inspect(Element element) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                throw new RefusedQueryException("SERVICE no está permitido: el explorador no consulta otros servidores "
                        + "desde una consulta de usuario (evita que una página web lo use para leer otras direcciones)");
            }

            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().forEach(QueryInspector::inspect);
            }

            @Override
            public void visit(ElementTriplesBlock block) {
                block.getPattern().forEach(triple -> checkPredicate(triple.getPredicate()));
            }

            @Override
            public void visit(ElementFilter filter) {
                inspect(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                inspect(bind.getExpr());
            }

            @Override
            public void visit(ElementAssign assign) {
                inspect(assign.getExpr());
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                QueryInspector.inspect(subQuery.getQuery());
            }
        });
    }

    private static void inspect(TriplePath triple) {
        if (triple.isTriple()) {
            checkPredicate(triple.getPredicate());
        } else {
            checkPath(triple.getPath(), false);
        }
    }

    private static void checkPredicate(Node predicate) {
        if (predicate.isURI() && predicate.getURI().startsWith("java:")) {
            throw new RefusedQueryException("Las funciones de propiedad java: están desactivadas: «" + predicate.getURI() + "»");
        }
    }

    private static void checkPath(Path path, boolean insideUnbounded) {
        boolean unbounded = path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN
                || path instanceof P_OneOrMore1 || path instanceof P_OneOrMoreN
                || (path instanceof P_Mod mod && mod.getMax() == P_Mod.UNSET);
        if (unbounded && insideUnbounded) {
            throw new RefusedQueryException("Camino de propiedades no acotado dentro de otro (como ((p)*)* o (p*/q*)+): "
                    + "su evaluación no se puede interrumpir; usa un solo * o + por camino");
        }
        if (path instanceof P_Mod mod && Math.max(mod.getMin(), mod.getMax()) > MAX_PATH_REPEAT
                || path instanceof P_FixedLength fixed && fixed.getCount() > MAX_PATH_REPEAT) {
            throw new RefusedQueryException("Repetición de camino demasiado grande (máximo " + MAX_PATH_REPEAT + ")");
        }
        if (path instanceof P_Path1 one) checkPath(one.getSubPath(), insideUnbounded || unbounded);
        if (path instanceof P_Path2 two) {
            checkPath(two.getLeft(), insideUnbounded || unbounded);
            checkPath(two.getRight(), insideUnbounded || unbounded);
        }
    }

    private static void inspect(Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                if (exists.getElement() != null) inspect(exists.getElement());
            }

            @Override
            public void visit(org.apache.jena.sparql.expr.ExprFunctionN function) {
                if (function instanceof E_Function call) checkFunction(call.getFunctionIRI());
            }
        });
    }

    private static void checkFunction(String iri) {
        if (iri.startsWith("java:")) {
            throw new RefusedQueryException("Las funciones java: están desactivadas: «" + iri + "»");
        }
        if (!FunctionRegistry.get().isRegistered(iri)) {
            throw new RefusedQueryException("Función desconocida: «" + iri + "»");
        }
    }
}
