package dev.explorador.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The rules of the mention audit, each on a few lines of Turtle. */
class MentionRulesTest {
    private static final String PREFIXES = """
            @prefix c:    <https://explorador-genai.example/concepto/> .
            @prefix gd:   <https://explorador-genai.example/vocab#> .
            @prefix m:    <https://explorador-genai.example/mencion/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            gd:usa a gd:Relacion .
            skos:related a gd:Relacion , owl:SymmetricProperty .
            c:serving a skos:Concept ; skos:prefLabel "Servicio de modelos (Model Serving)"@es , "Model Serving"@en .
            c:uc a skos:Concept ; skos:prefLabel "Unity Catalog"@es , "Unity Catalog"@en .
            c:uc-registry a skos:Concept ; skos:prefLabel "Registro de modelos en Unity Catalog"@es , "Unity Catalog model registry"@en .
            c:tabla a skos:Concept ; skos:prefLabel "Tabla de inferencia"@es , "Inference table"@en ;
              skos:altLabel "tablas de inferencia"@es .
            c:agente a skos:Concept ; skos:prefLabel "Agente de IA"@es , "AI agent"@en ; skos:altLabel "agente"@es .
            c:ai-query a skos:Concept ; skos:prefLabel "Función ai_query"@es , "ai_query"@en .
            c:log-model a skos:Concept ; skos:prefLabel "mlflow.pyfunc.log_model"@es , "mlflow.pyfunc.log_model"@en .
            """;

    private static MentionReport audit(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return new MentionAudit().audit(model);
    }

    private static List<String> unlinkedTargets(MentionReport report) {
        return report.unlinked().stream().flatMap(u -> u.others().stream()).map(n -> n.iri().replaceAll(".*/", "")).sorted().toList();
    }

    private static List<String> unknownIdentifiers(MentionReport report) {
        return report.unknown().stream().map(MentionReport.UnknownIdentifier::identifier).sorted().toList();
    }

    @Test
    void aNameInTheCardWithoutALinkIsReported() {
        MentionReport report = audit("c:tabla skos:definition \"Guarda lo que recibe un endpoint de Model Serving.\"@es .");
        assertEquals(List.of("serving"), unlinkedTargets(report));
        assertEquals(Set.of("model serving"), report.unlinked().get(0).wordsByField().get("definición"));
        assertFalse(report.clean());
    }

    @Test
    void aLinkInEitherDirectionSatisfiesTheMention() {
        String text = "c:tabla skos:definition \"Guarda lo que recibe un endpoint de Model Serving.\"@es .\n";
        assertTrue(audit(text + "c:tabla gd:usa c:serving .").unlinked().isEmpty());
        assertTrue(audit(text + "c:serving gd:usa c:tabla .").unlinked().isEmpty());
    }

    @Test
    void aReasonedExemptionSatisfiesTheMention() {
        String text = "c:tabla skos:definition \"Guarda lo que recibe un endpoint de Model Serving.\"@es .\n";
        MentionReport byConcept = audit(text + "m:x a gd:MencionSinEnlace ; gd:enConcepto c:tabla ; gd:conceptoMencionado c:serving ; gd:motivo \"porque sí, de prueba\"@es .");
        assertTrue(byConcept.unlinked().isEmpty());
        assertEquals(1, byConcept.exemptMentions());
        MentionReport byName = audit(text + "m:x a gd:MencionSinEnlace ; gd:enConcepto c:tabla ; gd:nombre \"Model Serving\" ; gd:motivo \"porque sí, de prueba\"@es .");
        assertTrue(byName.unlinked().isEmpty());
    }

    @Test
    void anExemptionThatIsNoLongerNeededIsListed() {
        MentionReport report = audit("c:tabla gd:usa c:serving ; skos:definition \"Model Serving.\"@es .\n"
                + "m:x a gd:MencionSinEnlace ; gd:enConcepto c:tabla ; gd:conceptoMencionado c:serving ; gd:motivo \"porque sí, de prueba\"@es .");
        assertEquals(1, report.unusedExemptions().size());
        assertTrue(report.unusedExemptions().get(0).contains("ya hay un enlace"));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        MentionReport report = audit("c:serving skos:example \"Cada petición queda en la TABLA DE INFERENCIA del endpoint.\"@es .");
        assertEquals(List.of("tabla"), unlinkedTargets(report));
    }

    @Test
    void aSpanishLabelWithAnEnglishNameInParenthesesGivesBothNames() {
        MentionReport spanish = audit("c:tabla skos:definition \"Lo que recibe el servicio de modelos.\"@es .");
        assertEquals(List.of("serving"), unlinkedTargets(spanish));
    }

    @Test
    void onlyWholeWordsCount() {
        MentionReport report = audit("c:serving skos:definition \"Las tablas de inferenciales no existen; tampoco la Tabla de inferenciaX.\"@es .");
        assertTrue(report.unlinked().isEmpty(), () -> report.describe());
    }

    @Test
    void theLongestNameWinsAtEachPlace() {
        MentionReport report = audit("c:serving skos:definition \"Sirve lo que está en el Unity Catalog model registry.\"@es .");
        assertEquals(List.of("uc-registry"), unlinkedTargets(report));
    }

    @Test
    void aGenericNameDoesNotCount() {
        String text = "c:serving skos:example \"El agente de turismo responde por su endpoint.\"@es .\n";
        assertEquals(List.of("agente"), unlinkedTargets(audit(text)));
        MentionReport report = audit(text + "m:g a gd:NombreGenerico ; gd:nombre \"agente\"@es ; gd:motivo \"se usa para los ejemplos\"@es .");
        assertTrue(report.unlinked().isEmpty());
        assertEquals(1, report.genericOccurrences());
    }

    @Test
    void aCardDoesNotMentionItself() {
        assertTrue(audit("c:serving skos:definition \"Model Serving sirve modelos.\"@es .").unlinked().isEmpty());
    }

    @Test
    void aCodeIdentifierThatIsNotAConceptIsReported() {
        MentionReport report = audit("c:serving gd:usa c:log-model , c:ai-query ; gd:codigo \"mlflow.pyfunc.log_model(name='agente', input_example=ejemplo); x = ai_query('e', texto)\"@es ; "
                + "skos:definition \"Se declara en `served_entities` y se reparte con traffic_config.routes.\"@es .");
        assertEquals(List.of("input_example", "served_entities", "traffic_config.routes"), unknownIdentifiers(report));
    }

    @Test
    void anIdentifierIsKnownByItsLastDottedPartsAndExemptionsExplainTheRest() {
        MentionReport report = audit("c:serving gd:usa c:log-model ; skos:definition \"Registra con log_model y pasa served_entities.\"@es .\n"
                + "m:i a gd:IdentificadorExento ; gd:identificador \"served_entities\" ; gd:motivo \"de prueba, no es un concepto\"@es .");
        assertTrue(report.unknown().isEmpty(), report::describe);
        assertEquals(1, report.exemptIdentifiers());
    }

    @Test
    void codeShapesFollowTheRule() {
        assertEquals(Set.of("mlflow.pyfunc.log_model", "agents.deploy", "conda.yaml", "ai_query", "/api/2.0/serving-endpoints"),
                CodeIdentifiers.inProse("Usa mlflow.pyfunc.log_model y agents.deploy(), guarda conda.yaml, llama a ai_query; "
                        + "POST /api/2.0/serving-endpoints. Ver https://mlflow.org/docs y mlflow.org, p.ej. main.turismo.agente_turismo, MLflow 3.1."));
        assertEquals(Set.of("mlflow.pyfunc.load_model", "predict_fn", "served_entities", "MlflowClient"),
                CodeIdentifiers.inCode("modelo = mlflow.pyfunc.load_model('models:/main.turismo.x@champion')  # carga\n"
                        + "modelo.predict(datos); evaluate(predict_fn=f, data='tabla_de_datos'); {\"served_entities\": []}; MlflowClient()"));
    }

    @Test
    void accentedWordsAndOneLetterAliasesAreNotIdentifiers() {
        assertEquals(Set.of(), CodeIdentifiers.inProse("Un nombre catálogo.esquema.modelo de tres niveles."));
        assertEquals(Set.of("system.serving.served_entities"),
                CodeIdentifiers.inCode("SELECT u.request_time FROM system.serving.served_entities u"));
    }

    @Test
    void relatedShareCountsEveryLink() {
        MentionReport report = audit("c:tabla gd:usa c:serving ; skos:related c:uc . c:uc skos:related c:tabla .");
        assertEquals(2, report.links());
        assertEquals(1, report.relatedLinks());
        assertFalse(report.relatedWithinLimit());
    }
}
