package dev.explorador.export;

import dev.explorador.query.Card;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one-page cheat sheet: the distinctions the exam tests most, side by side. The grouping is chosen
 * here (it is editorial: which look-alikes to compare); every sentence shown comes from the graph.
 * Concepts missing from the graph are skipped, and a group with fewer than two is left out.
 */
public final class CheatSheet {
    /** Room for one line per concept on a one-page sheet. */
    static final int SENTENCE = 150;

    public record Group(String title, List<Card> concepts) {}

    private record Pick(String title, List<String> slugs) {}

    private static final List<Pick> PICKS = List.of(
            new Pick("Lotes vs streaming vs tiempo real vs embebido",
                    List.of("batch-inference", "streaming-inference", "real-time-inference", "edge-deployment")),
            new Pick("Pago por token vs rendimiento aprovisionado", List.of("pay-per-token", "provisioned-throughput")),
            new Pick("Modelos personalizados vs fundacionales vs externos",
                    List.of("custom-model", "foundation-model", "external-model")),
            new Pick("Métricas de perfil vs métricas de deriva", List.of("profile-metrics", "drift-metrics", "custom-metrics")),
            new Pick("Tipos de perfil de datos", List.of("time-series-profile", "inference-log-profile", "snapshot-profile")),
            new Pick("Deploy-code vs deploy-models", List.of("deploy-code", "deploy-models")),
            new Pick("Separación directa vs indirecta de entornos", List.of("direct-separation", "indirect-separation")),
            new Pick("Registro en Unity Catalog vs registro del workspace",
                    List.of("uc-model-registry", "workspace-model-registry", "model-alias", "model-stages")),
            new Pick("Tabla de inferencia vs seguimiento de uso", List.of("inference-table", "usage-tracking")),
            new Pick("Pruebas A/B vs despliegue canario", List.of("ab-testing", "canary-deployment")),
            new Pick("Evaluación offline vs en línea", List.of("offline-evaluation", "online-evaluation")),
            new Pick("Latencia vs rendimiento (throughput)", List.of("latency", "throughput")),
            new Pick("log_model vs save_model", List.of("log-model", "save-model")),
            new Pick("Índice Delta Sync vs índice de acceso directo", List.of("delta-sync-index", "direct-vector-access-index")),
            new Pick("Credenciales automáticas vs en nombre del usuario",
                    List.of("automatic-auth-passthrough", "on-behalf-of-user-auth")));

    private CheatSheet() {}

    static List<Group> of(List<Card> cards) {
        Map<String, Card> bySlug = cards.stream().collect(Collectors.toMap(c -> c.concept().slug(), Function.identity(), (a, b) -> a));
        return PICKS.stream()
                .map(p -> new Group(p.title(), p.slugs().stream().map(bySlug::get).filter(Objects::nonNull).toList()))
                .filter(g -> g.concepts().size() >= 2)
                .toList();
    }

    /** The line the sheet shows for a concept: the first sentence of its plain definition. */
    public static String line(Card card) {
        return ExportText.firstSentence(card.definicion(), SENTENCE);
    }
}
