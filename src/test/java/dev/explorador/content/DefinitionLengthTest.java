package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.query.ReadableTexts;
import dev.explorador.readability.Perspicuity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The knowledge contract (DESIGN.md): a plain definition says what a concept is in one to three sentences. */
class DefinitionLengthTest {
    static final int MAX_SENTENCES = 3;

    @Test
    void everyPlainDefinitionHasOneToThreeSentences() {
        List<ReadableTexts.Text> definitions = new ReadableTexts(TestGraph.explorer().runner()).byField().get("skos:definition");
        assertTrue(definitions.size() > 600, definitions.size() + " definiciones");
        List<String> tooLong = definitions.stream()
                .filter(t -> Perspicuity.of(t.text()).sentences() > MAX_SENTENCES)
                .map(t -> Perspicuity.of(t.text()).sentences() + " frases: " + t.node() + " — " + t.text())
                .toList();
        assertTrue(tooLong.isEmpty(), tooLong.size() + " definiciones pasan de " + MAX_SENTENCES + " frases:\n"
                + tooLong.stream().collect(Collectors.joining("\n")));
    }
}
