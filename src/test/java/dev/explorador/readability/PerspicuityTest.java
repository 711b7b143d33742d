package dev.explorador.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Szigriszt-Pazos index and its INFLESZ level, checked against sums done by hand. */
class PerspicuityTest {
    /**
     * El(1) agente(3) de(1) turismo(3) usa(2) MLflow(1): guarda(2) su(1) modelo(3) con(1) log_model(3).
     * ¿Qué(1) pasa(2) después(2)? Lo(1) sirve(2) un(1) endpoint(2).
     * 18 words, 32 syllables, 3 sentences (the colon does not end one):
     * 206.835 − 62.3 × 32/18 − 18/3 = 206.835 − 110.756 − 6 = 90.079.
     */
    @Test
    void scoresAParagraphCountedByHand() {
        Perspicuity p = Perspicuity.of("El agente de turismo usa MLflow: guarda su modelo con log_model. ¿Qué pasa después? "
                + "Lo sirve un endpoint.");
        assertEquals(18, p.words());
        assertEquals(32, p.syllables());
        assertEquals(3, p.sentences());
        assertEquals(90.079, p.score(), 0.001);
        assertEquals(InfleszLevel.MUY_FACIL, p.level());
    }

    /**
     * Una(2) tabla(2) de(1) inferencia(4) registra(3) automáticamente(7) las(1) solicitudes(5) y(1) respuestas(3)
     * de(1) un(1) endpoint(2) de(1) Model(2) Serving(2) para(2) monitorear(5) y(1) depurar(3) modelos(3).
     * 21 words, 52 syllables, 1 sentence: 206.835 − 62.3 × 52/21 − 21 = 206.835 − 154.267 − 21 = 31.568.
     */
    @Test
    void oneLongSentenceOfLongWordsIsVeryHard() {
        Perspicuity p = Perspicuity.of("Una tabla de inferencia registra automáticamente las solicitudes y respuestas de un "
                + "endpoint de Model Serving para monitorear y depurar modelos.");
        assertEquals(21, p.words());
        assertEquals(52, p.syllables());
        assertEquals(1, p.sentences());
        assertEquals(31.568, p.score(), 0.001);
        assertEquals(InfleszLevel.MUY_DIFICIL, p.level());
    }

    @Test
    void dotsInsideNamesAndNumbersDoNotEndASentence() {
        assertEquals(1, Perspicuity.of("Prueba con mlflow.models.predict el archivo requirements.txt de la versión 3.5").sentences());
        assertEquals(2, Perspicuity.of("¿Sirve?! Sí...").sentences());
        assertEquals(2, Perspicuity.of("Primero esto. Luego «aquello».").sentences());
    }

    @Test
    void aTextWithoutWordsScoresNothing() {
        assertEquals(new Perspicuity(0, 0, 0, 0), Perspicuity.of("  — · "));
    }

    @Test
    void theInfleszScaleHasFiveLevels() {
        assertEquals("muy difícil", InfleszLevel.of(39.9).label());
        assertEquals("algo difícil", InfleszLevel.of(40).label());
        assertEquals("normal", InfleszLevel.of(55).label());
        assertEquals("bastante fácil", InfleszLevel.of(65).label());
        assertEquals("bastante fácil", InfleszLevel.of(80).label());
        assertEquals("muy fácil", InfleszLevel.of(80.1).label());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(60, TextReadability.median(new double[] {40, 50, 70, 90}));
        assertEquals(50, TextReadability.median(new double[] {40, 50, 90}));
        TextReadability r = TextReadability.of("skos:definition", "Definiciones", java.util.List.of(
                "Una tabla de inferencia registra automáticamente las solicitudes y respuestas de un endpoint de Model "
                        + "Serving para monitorear y depurar modelos.",
                "El agente de turismo usa MLflow: guarda su modelo con log_model. ¿Qué pasa después? Lo sirve un endpoint."));
        assertEquals(2, r.texts());
        assertEquals(60.8, r.median());
        assertEquals(1, r.under55());
        assertEquals("normal", r.level());
    }
}
