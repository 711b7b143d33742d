package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.graph.Vocab;
import dev.explorador.store.DatasetStore;
import java.io.ByteArrayInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The RDF dump in every syntax, parsed back with Jena: the same graph as the store, shapes and vocabulary included. */
class RdfDumpTest {
    @Test
    void everySyntaxParsesBackToTheStoredGraph() {
        DatasetStore store = (DatasetStore) Exports.explorer().store().loaded().join(); // the bundled graph, once read
        Model stored = Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel().add(store.dataset().getDefaultModel()));
        for (RdfDump.Format format : RdfDump.Format.values()) {
            byte[] bytes = RdfDump.render(Exports.explorer(), format);
            Lang lang = switch (format) {
                case ttl -> Lang.TURTLE;
                case jsonld -> Lang.JSONLD;
                case nt -> Lang.NTRIPLES;
                case rdfxml -> Lang.RDFXML;
            };
            Model read = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(read);
            assertEquals(stored.size(), read.size(), format + ": same number of triples");
            assertTrue(read.isIsomorphicWith(stored), format + ": the same graph");
        }
    }

    @Test
    void theDumpCarriesConceptsVocabularyAndShapes() {
        Model model = RdfDump.model(Exports.explorer());
        long concepts = model.listSubjectsWithProperty(RDF.type, ResourceFactory.createResource(Vocab.SKOS + "Concept")).toList().size();
        assertEquals(Exports.concepts().size(), concepts);
        assertTrue(model.contains(null, RDF.type, ResourceFactory.createResource("http://www.w3.org/ns/shacl#NodeShape")));
        assertTrue(model.contains(ResourceFactory.createResource(Vocab.GD + "usa"), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertEquals(Vocab.GD, model.getNsPrefixURI("gd"));
    }

    @Test
    void formatsAreChosenByName() {
        assertEquals(RdfDump.Format.ttl, RdfDump.Format.parse("turtle"));
        assertEquals(RdfDump.Format.rdfxml, RdfDump.Format.parse("RDFXML"));
        org.junit.jupiter.api.Assertions.assertThrows(dev.explorador.error.BadRequestException.class, () -> RdfDump.Format.parse("owl"));
    }
}
