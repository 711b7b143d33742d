package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.query.ReadableTexts;
import dev.explorador.readability.Perspicuity;
import dev.explorador.readability.TextReadability;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: the plain definitions and the stories read «bastante fácil» — a median INFLESZ (Szigriszt-Pazos) of at
 * least 65 on the bundled graph. When one fails, the message names the hardest texts, the ones to rewrite first.
 */
class ReadabilityTest {
    static final double EASY = 65;

    @Test
    void plainDefinitionsReadFairlyEasy() {
        assertMedianAtLeastEasy("skos:definition");
    }

    @Test
    void storiesReadFairlyEasy() {
        assertMedianAtLeastEasy("gd:idea");
    }

    private static void assertMedianAtLeastEasy(String field) {
        List<ReadableTexts.Text> texts = new ReadableTexts(TestGraph.explorer().runner()).byField().get(field);
        TextReadability r = TextReadability.of(field, field, texts.stream().map(ReadableTexts.Text::text).toList());
        assertTrue(r.texts() > 50, field + ": " + r.texts() + " textos");
        assertTrue(r.median() >= EASY, field + ": mediana " + r.median() + " (" + r.level() + "); las más difíciles:\n"
                + hardest(texts, 10));
    }

    private static String hardest(List<ReadableTexts.Text> texts, int n) {
        return texts.stream()
                .sorted(Comparator.comparingDouble(t -> Perspicuity.of(t.text()).score()))
                .limit(n)
                .map(t -> String.format(Locale.ROOT, "  %5.1f %s", Perspicuity.of(t.text()).score(), t.node()))
                .collect(Collectors.joining("\n"));
    }
}
