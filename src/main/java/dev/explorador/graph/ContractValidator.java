package dev.explorador.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.SKOS;

/** Checks a loaded ontology against its SHACL shapes and explains each violation in Spanish. */
public final class ContractValidator {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Pattern IRI_IN_BRACKETS = Pattern.compile("<([^>\\s]+)>");

    public ValidationReport validate(LoadedOntology ontology) {
        Graph data = ontology.model().getGraph();
        Shapes shapes = Shapes.parse(ontology.shapes().getGraph());
        var report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(explain(entry, ontology));
        }
        violations.sort(Comparator.comparing(Violation::file).thenComparing(Violation::node).thenComparing(Violation::field));
        return new ValidationReport(List.copyOf(violations));
    }

    private Violation explain(ReportEntry entry, LoadedOntology ontology) {
        Model model = ontology.model();
        Node focus = entry.focusNode();
        Resource focusResource = model.wrapAsResource(focus);
        String node = focus.isURI() ? Vocab.shortForm(focus.getURI()) : "(nodo anónimo)";
        Resource owner = focus.isURI() ? focusResource : ownerOf(focusResource, model);
        if (!focus.isURI() && owner != null) node = Vocab.shortForm(owner.getURI()) + " (opción)";
        Path file = owner == null ? null : ontology.fileOf(owner.getURI());
        return new Violation(
                file == null ? "(archivo desconocido)" : file.toString(),
                node,
                owner == null ? null : spanishLabel(owner),
                fieldName(entry, ontology.shapes()),
                message(entry));
    }

    /** The named node a blank node (a question's option) hangs from, so the report can point at it. */
    private static Resource ownerOf(Resource blank, Model model) {
        var it = model.listStatements(null, null, blank);
        try {
            while (it.hasNext()) {
                Resource subject = it.next().getSubject();
                if (subject.isURIResource()) return subject;
            }
            return null;
        } finally {
            it.close();
        }
    }

    private static String spanishLabel(Resource resource) {
        for (Statement s : resource.listProperties(SKOS.prefLabel).toList()) {
            if (s.getObject().isLiteral() && "es".equals(s.getLanguage())) return s.getString();
        }
        return null;
    }

    private static String fieldName(ReportEntry entry, Model shapes) {
        Node source = entry.source();
        if (source != null) {
            Resource shape = shapes.wrapAsResource(source);
            Statement name = shape.getProperty(shapes.createProperty(SH + "name"));
            if (name != null) return name.getString();
        }
        org.apache.jena.sparql.path.Path path = entry.resultPath();
        if (path instanceof P_Link link) return Vocab.shortForm(link.getNode().getURI());
        return path == null ? "relaciones" : path.toString();
    }

    private static String message(ReportEntry entry) {
        String message = entry.message();
        if (message == null || message.isBlank()) message = "no cumple la regla " + entry.constraint();
        message = shortenIris(message);
        Node value = entry.value();
        if (value != null && !value.equals(entry.focusNode()) && !message.contains(display(value))) {
            message += " (valor: " + display(value) + ")";
        }
        return message;
    }

    /** SHACL fills message templates with full IRIs; show them as c:..., gd:... instead. */
    private static String shortenIris(String message) {
        return IRI_IN_BRACKETS.matcher(message).replaceAll(m -> Matcher.quoteReplacement(Vocab.shortForm(m.group(1))));
    }

    private static String display(Node value) {
        if (value.isURI()) return Vocab.shortForm(value.getURI());
        if (value.isLiteral()) return "\"" + abbreviate(value.getLiteralLexicalForm()) + "\"";
        return value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

}
