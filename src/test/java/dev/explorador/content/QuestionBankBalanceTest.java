package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice bank cannot be gamed: the stored answer letters are balanced, the right option is not
 * systematically the longest one, and no option says «todas/ninguna de las anteriores» (issue #12 §2).
 */
class QuestionBankBalanceTest {
    private static final String GD = "https://explorador-genai.example/vocab#";
    private static final Path BANK = Path.of("ontology", "preguntas");
    /** For 4-option questions each letter holds between these shares of the right answers. */
    private static final double MIN_LETTER = 0.20, MAX_LETTER = 0.30;
    /** For «Elige DOS» questions no letter holds more than this share of the right answers. */
    private static final double MAX_LETTER_CHOOSE_TWO = 0.30;
    /** The right option (or one of the two) is the strictly longest option in at most this share of questions. */
    private static final double MAX_LONGEST = 0.35;
    /**
     * In 4-option questions no length rank (longest, second longest, …) holds more than this share of the right
     * answers: padding only one distractor past the answer would otherwise make «the second longest» the tell.
     */
    private static final double MAX_LENGTH_RANK = 0.45;

    record Option(String letter, String text, boolean correct) {}
    record Q(String id, List<Option> options) {}

    private static List<Q> bank;

    @BeforeAll
    static void load() throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(BANK)) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(model, p.toString()));
        }
        Property opcion = model.createProperty(GD, "opcion"), letra = model.createProperty(GD, "letra"),
                texto = model.createProperty(GD, "texto"), esCorrecta = model.createProperty(GD, "esCorrecta");
        bank = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, model.createResource(GD + "Pregunta")).forEach(q -> {
            List<Option> options = new ArrayList<>();
            q.listProperties(opcion).forEach(s -> {
                Resource o = s.getResource();
                Statement correct = o.getProperty(esCorrecta);
                options.add(new Option(o.getProperty(letra).getString(), o.getProperty(texto).getString(),
                        correct != null && correct.getLiteral().getBoolean()));
            });
            options.sort((a, b) -> a.letter().compareTo(b.letter()));
            bank.add(new Q(q.getURI().replaceAll(".*/", ""), options));
        });
        bank.sort((a, b) -> a.id().compareTo(b.id()));
    }

    /** Letter → how many times it is a right answer, among questions with the given number of options. */
    static Map<String, Integer> letterCounts(int optionCount) {
        Map<String, Integer> counts = new TreeMap<>();
        bank.stream().filter(q -> q.options().size() == optionCount).forEach(q -> {
            q.options().forEach(o -> counts.putIfAbsent(o.letter(), 0));
            q.options().stream().filter(Option::correct).forEach(o -> counts.merge(o.letter(), 1, Integer::sum));
        });
        return counts;
    }

    static boolean rightIsStrictlyLongest(Q q) {
        int longest = q.options().stream().mapToInt(o -> o.text().length()).max().orElse(0);
        long atMax = q.options().stream().filter(o -> o.text().length() == longest).count();
        return atMax == 1 && q.options().stream().anyMatch(o -> o.correct() && o.text().length() == longest);
    }

    @Test
    void answerLettersOfFourOptionQuestionsAreBalanced() {
        Map<String, Integer> counts = letterCounts(4);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> problems = new ArrayList<>();
        counts.forEach((letter, n) -> {
            double share = (double) n / total;
            if (share < MIN_LETTER || share > MAX_LETTER) problems.add(letter + " " + pct(share));
        });
        System.out.println("4-option right letters " + counts + " of " + total);
        assertTrue(problems.isEmpty(), "letters outside 20–30 %: " + problems + " in " + counts);
    }

    @Test
    void answerLettersOfChooseTwoQuestionsAreSpread() {
        Map<String, Integer> counts = letterCounts(5);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("«Elige DOS» right letters " + counts + " of " + total);
        if (total == 0) return;
        List<String> problems = new ArrayList<>();
        counts.forEach((letter, n) -> {
            if ((double) n / total > MAX_LETTER_CHOOSE_TWO) problems.add(letter + " " + pct((double) n / total));
        });
        assertTrue(problems.isEmpty(), "«Elige DOS» letters above 30 %: " + problems + " in " + counts);
    }

    @Test
    void theRightOptionIsNotSystematicallyTheLongest() {
        List<String> longest = bank.stream().filter(QuestionBankBalanceTest::rightIsStrictlyLongest).map(Q::id).toList();
        double share = (double) longest.size() / bank.size();
        System.out.println("right option strictly longest in " + longest.size() + "/" + bank.size() + " = " + pct(share));
        assertTrue(share <= MAX_LONGEST, "right option is the strictly longest in " + pct(share) + " of "
                + bank.size() + " questions (max " + pct(MAX_LONGEST) + "): " + longest);
    }

    @Test
    void theRightOptionHasNoTypicalLengthRank() {
        Map<Integer, Integer> byRank = new TreeMap<>();
        List<Q> four = bank.stream().filter(q -> q.options().size() == 4).toList();
        for (Q q : four) {
            int right = q.options().stream().filter(Option::correct).findFirst().orElseThrow().text().length();
            int rank = 1 + (int) q.options().stream().filter(o -> o.text().length() > right).count();
            byRank.merge(rank, 1, Integer::sum);
        }
        System.out.println("4-option right answers by length rank (1 = longest) " + byRank + " of " + four.size());
        List<String> problems = new ArrayList<>();
        byRank.forEach((rank, n) -> {
            if ((double) n / four.size() > MAX_LENGTH_RANK) problems.add("rank " + rank + " " + pct((double) n / four.size()));
        });
        assertTrue(problems.isEmpty(), "the right option sits at one length rank too often: " + problems + " in " + byRank);
    }

    @Test
    void noOptionSaysAllOrNoneOfTheAbove() {
        List<String> found = new ArrayList<>();
        for (Q q : bank) {
            for (Option o : q.options()) {
                String t = o.text().toLowerCase(Locale.ROOT);
                if (t.matches(".*\\b(todas|ninguna|todos|ninguno) (de )?(las|los) (anteriores|opciones anteriores)\\b.*")
                        || t.contains("all of the above") || t.contains("none of the above")) {
                    found.add(q.id() + " " + o.letter());
                }
            }
        }
        assertTrue(found.isEmpty(), "options that say all/none of the above: " + found);
    }

    @Test
    void everyQuestionHasOptionsWithText() {
        List<String> problems = new ArrayList<>();
        for (Q q : bank) {
            if (q.options().size() < 4) problems.add(q.id() + " has " + q.options().size() + " options");
            q.options().stream().filter(o -> o.text().isBlank()).forEach(o -> problems.add(q.id() + " " + o.letter() + " is blank"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
