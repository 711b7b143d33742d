package dev.explorador.http;

import dev.explorador.error.RefusedException;
import dev.explorador.http.ContentNegotiation.Offer;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * What the explorer can answer in, read from Jena's own registries rather than kept in a table here: every RDF
 * syntax Jena has a writer for (for graphs: CONSTRUCT, DESCRIBE, concept pages, dumps; the dataset syntaxes TriG
 * and N-Quads carry the graph as the default graph) and every SPARQL results syntax it writes (SELECT, ASK). Each
 * language is offered under its media type and the alternative types Jena registers for it ({@code application/x-turtle}
 * is not one; {@code text/plain} for N-Triples is).
 */
final class RdfRepresentations {
    static {
        JenaSystem.init();
    }

    /** Languages a registry lists but that cannot carry an arbitrary graph, or are Jena-internal names. */
    private static final Set<Lang> NOT_FOR_GRAPHS = Set.of(RDFLanguages.RDFNULL, RDFLanguages.SHACLC, Lang.JSONLD11);
    /**
     * Registered by Jena, but their library (protobuf-java, 1.9 MB) is left out of the jar (pom.xml): asked for
     * explicitly, they get 406 with the list of what is offered. RDF Thrift, Jena's other binary syntax, stays.
     */
    private static final Set<Lang> LEFT_OUT = Set.of(Lang.RDFPROTO, ResultSetLang.RS_Protobuf);
    /** The server's preference, first the default; languages not named here follow, by name. */
    private static final List<Lang> GRAPH_ORDER = List.of(Lang.TURTLE, Lang.RDFXML, Lang.NTRIPLES, Lang.JSONLD, Lang.TRIG,
            Lang.NQUADS, Lang.N3, Lang.RDFJSON, Lang.TRIX);
    private static final List<Lang> RESULTS_ORDER = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV,
            ResultSetLang.RS_TSV, ResultSetLang.RS_Text);
    private static final Set<Lang> BINARY = Set.of(Lang.RDFTHRIFT, ResultSetLang.RS_Thrift);
    /** Jena cannot write a yes/no answer in its binary result syntaxes (Fuseki refuses them for ASK too). */
    private static final Set<Lang> NO_BOOLEAN = Set.of(ResultSetLang.RS_Thrift);

    /** CONSTRUCT, DESCRIBE, concept pages, the dump: Turtle first. */
    static final List<Offer<Lang>> GRAPH = offers(graphLanguages(), GRAPH_ORDER);
    /** SELECT: SPARQL results JSON first. */
    static final List<Offer<Lang>> ROWS = rowOffers(false);
    /** ASK: the same without the syntaxes that cannot hold a boolean. */
    static final List<Offer<Lang>> BOOLEAN = rowOffers(true);

    private RdfRepresentations() {}

    private static List<Lang> graphLanguages() {
        return RDFLanguages.getRegisteredLanguages().stream()
                .filter(RDFWriterRegistry::contains)
                .filter(lang -> !ResultSetLang.isRegistered(lang) && !NOT_FOR_GRAPHS.contains(lang) && !LEFT_OUT.contains(lang))
                .toList();
    }

    private static List<Offer<Lang>> rowOffers(boolean booleanOnly) {
        List<Lang> languages = new ArrayList<>(RDFLanguages.getRegisteredLanguages().stream()
                .filter(ResultSetLang::isRegistered)
                .filter(ResultSetWriterRegistry::isRegistered)
                .filter(lang -> lang != ResultSetLang.RS_None && !LEFT_OUT.contains(lang) && !(booleanOnly && NO_BOOLEAN.contains(lang)))
                .toList());
        // Text tables are written but not registered as a language (they cannot be read back).
        if (ResultSetWriterRegistry.isRegistered(ResultSetLang.RS_Text)) languages.add(ResultSetLang.RS_Text);
        List<Offer<Lang>> offers = new ArrayList<>(offers(languages, RESULTS_ORDER));
        // The two generic types WebContent reads as results syntaxes (application/json, application/xml), as Fuseki offers them.
        for (String generic : List.of(WebContent.contentTypeJSON, WebContent.contentTypeXML)) {
            Lang lang = WebContent.contentTypeToLangResultSet(generic);
            if (languages.contains(lang)) offers.add(offer(generic, lang));
        }
        return List.copyOf(offers);
    }

    private static List<Offer<Lang>> offers(List<Lang> languages, List<Lang> order) {
        List<Lang> sorted = new ArrayList<>(languages);
        sorted.sort(Comparator.comparingInt((Lang lang) -> {
            int i = order.indexOf(lang);
            return i < 0 ? order.size() : i;
        }).thenComparing(Lang::getName));
        List<Offer<Lang>> offers = new ArrayList<>();
        // Canonical types first, in preference order, so a wildcard picks a canonical one; then the alternatives.
        for (Lang lang : sorted) offers.add(offer(lang.getContentType().getContentTypeStr(), lang));
        for (Lang lang : sorted) {
            for (String alt : lang.getAltContentTypes()) {
                if (!alt.equalsIgnoreCase(lang.getContentType().getContentTypeStr())) offers.add(offer(alt, lang));
            }
        }
        return List.copyOf(offers);
    }

    private static Offer<Lang> offer(String type, Lang lang) {
        return new Offer<>(type, BINARY.contains(lang) ? Map.of() : Map.of("charset", "utf-8"), lang);
    }

    /** The Content-Type header for an offer: text syntaxes say they are UTF-8. */
    static String contentType(Offer<Lang> offer) {
        String charset = offer.params().get("charset");
        return charset == null ? offer.type() : offer.type() + "; charset=" + charset;
    }

    /** The media types offered, each once, for a 406 answer or a service description. */
    static String list(List<Offer<Lang>> offers) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        offers.forEach(o -> types.add(o.type()));
        return String.join(", ", types);
    }

    /** The names Fuseki accepts in {@code output=}/{@code format=}/{@code results=}, for results and for graphs. */
    private static final Map<String, Lang> FUSEKI_RESULT_NAMES = Map.of("json", ResultSetLang.RS_JSON, "sparql", ResultSetLang.RS_XML,
            "xml", ResultSetLang.RS_XML, "text", ResultSetLang.RS_Text, "csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV,
            "thrift", ResultSetLang.RS_Thrift);
    private static final Map<String, Lang> FUSEKI_GRAPH_NAMES = Map.of("json-ld", Lang.JSONLD, "json-rdf", Lang.RDFJSON,
            "json", Lang.JSONLD, "xml", Lang.RDFXML, "text", Lang.TURTLE, "ttl", Lang.TURTLE, "turtle", Lang.TURTLE,
            "nt", Lang.NTRIPLES, "n-quads", Lang.NQUADS, "trig", Lang.TRIG);

    /**
     * The offer a format parameter names: Fuseki's short names ({@code json}, {@code xml}, {@code ttl}...), any name
     * or file extension Jena knows ({@code rdfxml}, {@code jsonld}, {@code nq}, {@code srj}...), or a media type.
     * Null when the name is unknown or not offered here.
     */
    static Offer<Lang> byName(String name, List<Offer<Lang>> offers) {
        if (name == null || name.isBlank()) return null;
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.contains("/")) {
            Offer<Lang> exact = ContentNegotiation.choose(key, offers);
            return key.contains("*") ? null : exact;
        }
        boolean graphs = offers.stream().anyMatch(o -> o.value() != null && RDFLanguages.isTriples(o.value()));
        Lang lang = (graphs ? FUSEKI_GRAPH_NAMES : FUSEKI_RESULT_NAMES).get(key);
        if (lang == null) lang = RDFLanguages.shortnameToLang(key);
        if (lang == null) lang = RDFLanguages.fileExtToLang(key);
        if (lang == null && key.equals("txt")) lang = ResultSetLang.RS_Text;
        for (Offer<Lang> offer : offers) if (lang != null && lang.equals(offer.value())) return offer;
        return null;
    }

    /**
     * The representation a request asks for: a format parameter when it carries one (the first of {@code names}
     * present, in the query string or a posted form), else its Accept header. Nothing acceptable is a 406 that lists
     * what is offered.
     */
    static Offer<Lang> negotiate(Context ctx, List<Offer<Lang>> offers, String... names) {
        return negotiate(ctx, offers, true, names);
    }

    /**
     * The same, where a format parameter that names nothing offered for this answer is a hint to ignore rather than
     * an error: SPARQLWrapper sends {@code format=} and {@code output=} with its return format on every query
     * ({@code format=turtle} on a SELECT too), next to an Accept header that is right. The Accept header decides then.
     */
    static Offer<Lang> negotiateLeniently(Context ctx, List<Offer<Lang>> offers, String... names) {
        return negotiate(ctx, offers, false, names);
    }

    private static Offer<Lang> negotiate(Context ctx, List<Offer<Lang>> offers, boolean strict, String... names) {
        ctx.header("Vary", "Accept");
        for (String name : names) {
            String value = ctx.queryParam(name);
            if (value == null && isForm(ctx)) value = ctx.formParam(name);
            if (value == null || value.isBlank()) continue;
            Offer<Lang> offer = byName(value, offers);
            if (offer == null && !strict) continue;
            if (offer == null) {
                throw new RefusedException(406, "El formato «" + Params.abbreviate(value) + "» (parámetro " + name
                        + ") no está disponible aquí. Formatos: " + list(offers));
            }
            return offer;
        }
        String accept = ctx.header("Accept");
        Offer<Lang> offer = ContentNegotiation.choose(accept, offers);
        if (offer == null) {
            throw new RefusedException(406, "Ningún formato que se ofrece es aceptable para «Accept: " + shorten(accept)
                    + "». Formatos: " + list(offers));
        }
        return offer;
    }

    private static String shorten(String header) {
        return header.length() > 200 ? header.substring(0, 197) + "..." : header;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return ctx.method() == HandlerType.POST && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(WebContent.contentTypeHTMLForm);
    }

    /** A graph in a syntax: a dataset syntax holds it as its default graph. */
    static byte[] write(Model model, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (RDFLanguages.isTriples(lang)) {
            RDFDataMgr.write(out, model, format(lang));
        } else {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), lang);
        }
        return out.toByteArray();
    }

    /** Plain RDF/XML (no abbreviation pass, which is slow on a large graph); every other syntax as Jena writes it by default. */
    private static RDFFormat format(Lang lang) {
        return lang.equals(Lang.RDFXML) ? RDFFormat.RDFXML_PLAIN : RDFWriterRegistry.defaultSerialization(lang);
    }

    static byte[] write(ResultSet rows, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, rows, lang);
        return out.toByteArray();
    }

    static byte[] write(boolean answer, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, answer, lang);
        return out.toByteArray();
    }
}
