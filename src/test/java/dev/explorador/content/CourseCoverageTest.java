package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.course.CourseService;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Question;
import dev.explorador.query.Explorer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The knowledge itself: every topic of the user's notes, the exam scope, sources and questions. */
class CourseCoverageTest {
    private static final Pattern DOCS = Pattern.compile(
            "^https://(docs\\.databricks\\.com|docs\\.gcp\\.databricks\\.com|learn\\.microsoft\\.com|docs\\.azure\\.cn"
                    + "|(www\\.)?mlflow\\.org|databricks\\.github\\.io)/.*");
    private static final Pattern ALLOWED = Pattern.compile(
            "^https://((www\\.)?databricks\\.com/|databrickslabs\\.github\\.io/|github\\.com/(databricks|mlflow)/"
                    + "|docs\\.ray\\.io/|docs\\.vllm\\.ai/|docs\\.nvidia\\.com/|huggingface\\.co/|pypi\\.org/project/databricks-).*");

    private final Explorer explorer = TestGraph.explorer();

    /** Each line: a topic as the user's notes word it, what a learner would search, and the concept that teaches it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Gen AI System Lifecycle|ciclo de vida de un sistema GenAI|genai-system-lifecycle",
        "Fase 1: System Development|fase de desarrollo del sistema|system-development-phase",
        "Fase 2: Deployment & Production|fase de despliegue y producción|deployment-production-phase",
        "1. Se define el problema|definición del problema|problem-definition",
        "2. Métricas claras|criterios de éxito|success-criteria",
        "3. Se recopilan datos|recopilación de datos|data-collection",
        "4. Limpieza, transformación y estructuración|limpieza de datos|data-cleaning",
        "5. RAG|Retrieval-Augmented Generation|rag",
        "5. Chains|cadena|chain",
        "6. Se evalúa el sistema|evaluación offline|offline-evaluation",
        "Llevado a producción|despliegue del modelo|model-deployment",
        "Detecta degradación del rendimiento|degradación del rendimiento|performance-degradation",
        "Drift de datos|drift|drift",
        "Reentrenar el sistema|reentrenamiento|retraining",
        "Reprocesar datos|reprocesamiento de datos|data-reprocessing",
        "Engineered prompt|engineered prompt|engineered-prompt",
        "Plantilla de prompt|prompt template|prompt-template",
        "Chain desde LangChain|LangChain|langchain",
        "LlamaIndex|LlamaIndex|llamaindex",
        "Llamada ligera a un servicio API LLM|llamada a una API de LLM|llm-api-call",
        "Proveedor externo propietario|proveedor externo de LLM|external-llm-provider",
        "API LLM propia (self-hosted)|LLM autoalojado|self-hosted-llm",
        "Modelo fine-tuned|modelo fine-tuned|fine-tuned-model",
        "Modelo preentrenado|modelo preentrenado|pretrained-model",
        "Invocación local con GPU|inferencia local con GPU|local-gpu-inference",
        "Hugging Face + tokenizer|Hugging Face|hugging-face-transformers",
        "Tokenizer|tokenizer|tokenizer",
        "Todo sigue siendo una pipeline|pipeline GenAI|genai-pipeline",
        "¿Qué es MLflow?|MLflow|mlflow",
        "MLflow Model|MLflow Model|mlflow-model",
        "Flavor|flavor|flavor",
        "GenAI specific model flavors|flavors GenAI|genai-flavors",
        "MLmodel file|MLmodel|mlmodel-file",
        "Signature|signature|model-signature",
        "Input example|input example|input-example",
        "mlflow.pyfunc|pyfunc|pyfunc",
        "log_model|log_model|log-model",
        "save_model|save_model|save-model",
        "load_model|load_model|load-model",
        "predict|predict|predict",
        "MLflow Tracking|MLflow Tracking|mlflow-tracking",
        "MLflow Evaluation|mlflow.genai.evaluate|mlflow-genai-evaluate",
        "MLflow Registry|Unity Catalog model registry|uc-model-registry",
        "Versioning|model version|model-version",
        "@aliases|alias|model-alias",
        "Collaboration and ACLs|privilegios de Unity Catalog|uc-privileges",
        "Full model lineage|lineage|model-lineage",
        "Tagging and annotations|tags|model-tags",
        "Dependency and Environment Management|dependency management|dependency-management",
        "Packaging Models and Code|models from code|models-from-code",
        "Multiple Deployment Options|métodos de despliegue|deployment-methods",
        "Batch|batch inference|batch-inference",
        "Summarizing financial reports (batch)|ai_query|ai-query",
        "Stale data|datos obsoletos|stale-data",
        "Access to GPUs with large memory|GPU|gpu",
        "TensorRT|TensorRT|tensorrt",
        "vLLM|vLLM|vllm",
        "Ray on Spark|Ray on Spark|ray-on-spark",
        "Streaming|streaming inference|streaming-inference",
        "Real-time|real-time inference|real-time-inference",
        "Real-time challenges|desafíos del tiempo real|real-time-challenges",
        "Embedded/edge|edge|edge-deployment",
        "Databricks Model Serving|Model Serving|model-serving",
        "Custom Models|custom model|custom-model",
        "Foundation Models|Foundation Model APIs|foundation-model-apis",
        "External Models|external model|external-model",
        "Production-grade APIs|serving endpoint|serving-endpoint",
        "Inference tables|inference table|inference-table",
        "Delta table|Delta table|delta-table",
        "UC Volume|volume|uc-volume",
        "Raw/Processed text tables|text tables|text-tables",
        "Embeddings/Index|vector search index|vector-search-index",
        "Online Evaluation|online evaluation|online-evaluation",
        "A/B testing|A/B testing|ab-testing",
        "Canary deployments|canary|canary-deployment",
        "Monitoring AI Systems: why|monitoreo de sistemas de IA|ai-monitoring",
        "Data to Monitor|datos a monitorear|monitored-data",
        "AI Assets to Monitor|activos de IA a monitorear|monitored-ai-assets",
        "Databricks Lakehouse Monitoring|Lakehouse Monitoring|data-profiling",
        "Profile metrics|profile metrics|profile-metrics",
        "Drift metrics|drift metrics|drift-metrics",
        "Custom metrics|custom metrics|custom-metrics",
        "Auto-generates DBSQL dashboard|dashboard|monitoring-dashboard",
        "Monitoring an inference table|InferenceLog|inference-log-profile",
        "Processed payloads table|processed payloads|processed-payloads-table",
        "Metric tables|profile metrics table|profile-metrics-table",
        "Lakehouse Monitoring Workflows: stages|flujo de monitoreo|monitoring-workflow",
        "Workflow Tips|consejos|monitoring-workflow-tips",
        "Set up key monitoring alerts|SQL alert|sql-alert",
        "What is MLOps|MLOps|mlops",
        "MLOps = DataOps + DevOps + ModelOps|DataOps|dataops",
        "DevOps|DevOps|devops",
        "ModelOps|ModelOps|modelops",
        "Development|development environment|development-environment",
        "Staging|staging|staging-environment",
        "Production|production environment|production-environment",
        "Environment Separation|separación de entornos|environment-separation",
        "Direct Separation|direct separation|direct-separation",
        "Indirect Separation|indirect separation|indirect-separation",
        "Deploy-code architecture|deploy code|deploy-code",
        "A Single Platform for Modern MLOps|lakehouse|lakehouse-platform",
        "Recommended LLMOps Architecture|arquitectura LLMOps|llmops-architecture",
        "What about LLMOps?|LLMOps|llmops",
        "Dev Patterns: incremental|desarrollo incremental|incremental-development",
        "Packaging: entire applications|empaquetado de aplicaciones LLM|llm-app-packaging",
        "Serving: vector databases, GPUs, UI|infraestructura de serving|llm-serving-infrastructure",
        "API Governance|gobierno de APIs|api-governance",
        "Cost and Performance|costo de los LLM|llm-cost",
        "Techniques for reducing model size|reducir el tamaño del modelo|model-size-reduction",
        "Human Feedback|retroalimentación humana|human-feedback"})
    void everyTopicOfTheNotesHasAConcept(String topic, String search, String slug) {
        assertTrue(explorer.snapshot().bySlug(slug).isPresent(), "the notes' topic «" + topic + "» has no concept " + slug);
        List<String> found = explorer.search(search, 3).stream().map(h -> h.concept().slug()).toList();
        assertTrue(found.contains(slug), "searching «" + search + "» should find " + slug + " among the first three: " + found);
    }

    @Test
    void theGraphIsLargeAndConnectedEnough() {
        var stats = explorer.stats();
        assertTrue(stats.nodesByClass().get("skos:Concept") >= 150, "concepts: " + stats.nodesByClass());
        assertTrue(stats.links() >= 600, "links between concepts: " + stats.links());
        assertTrue(stats.nodesByClass().get("gd:Pregunta") >= 120, "questions: " + stats.nodesByClass());
        explorer.snapshot().concepts().forEach(c ->
                assertFalse(explorer.snapshot().steps(c.iri()).isEmpty(), c.slug() + " has no relation"));
    }

    @Test
    void everyInScopeObjectiveIsTaughtByConceptsAndPractisedTwice() {
        CourseService course = new CourseService(explorer);
        List<Question> questions = course.questions(null, null);
        List<String> gaps = new ArrayList<>();
        for (ExamSection section : course.exam()) {
            for (ExamSection.Objective objective : section.objectives()) {
                if (!objective.inScope()) continue;
                long practised = questions.stream().filter(q -> objective.id().equals(q.objective())).count();
                if (objective.concepts().isEmpty()) gaps.add(objective.id() + " has no concept");
                if (practised < 2) gaps.add(objective.id() + " has " + practised + " question(s)");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void everyQuestionIsWellFormed() {
        List<String> problems = new ArrayList<>();
        for (Question q : new CourseService(explorer).questions(null, null)) {
            long right = q.options().stream().filter(Question.Option::correct).count();
            boolean single = q.options().size() == 4 && right == 1;
            boolean chooseTwo = q.options().size() == 5 && right == 2 && q.stem().toUpperCase().contains("DOS");
            if (!single && !chooseTwo) problems.add(q.id() + ": " + q.options().size() + " options, " + right + " right");
            if (q.options().stream().anyMatch(o -> o.explanation() == null || o.explanation().isBlank())) {
                problems.add(q.id() + ": an option without explanation");
            }
            if (q.concepts().isEmpty()) problems.add(q.id() + ": tests no concept");
            List<String> letters = q.options().stream().map(Question.Option::letter).toList();
            if (!letters.equals(List.of("A", "B", "C", "D", "E").subList(0, letters.size()))) problems.add(q.id() + ": letters " + letters);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everySourceIsAnHttpsDocumentationPage() {
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?c ?source (EXISTS { ?c skos:scopeNote ?n } AS ?noted) WHERE { ?c a skos:Concept ; dcterms:source ?source }
                """;
        List<String> problems = new ArrayList<>();
        java.util.Map<String, Boolean> hasDatabricksDoc = new java.util.HashMap<>();
        java.util.Map<String, Boolean> noted = new java.util.HashMap<>();
        explorer.runner().select(QueryFactory.create(query)).forEach(row -> {
            String concept = row.getResource("c").getURI();
            String source = row.get("source").toString();
            if (!DOCS.matcher(source).matches() && !ALLOWED.matcher(source).matches()) problems.add(concept + " cites " + source);
            hasDatabricksDoc.merge(concept, DOCS.matcher(source).matches(), Boolean::logicalOr);
            noted.put(concept, row.getLiteral("noted").getBoolean());
        });
        hasDatabricksDoc.forEach((concept, has) -> {
            if (!has && !noted.get(concept)) problems.add(concept + " cites no Databricks/MLflow page and has no scope note saying why");
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
