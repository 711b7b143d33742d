package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.course.Outline;
import dev.explorador.course.Scope;
import dev.explorador.error.BadRequestException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two editions of the summary: the course alone (modules 1–6, the default) and the whole certification (1–10). */
class StudyGuideScopeTest {
    private static Set<String> slugs(StudyGuide guide) {
        return guide.cards().stream().map(c -> c.concept().slug()).collect(Collectors.toSet());
    }

    @Test
    void theCourseIsModulesOneToSixAndTheCertificationAddsTheRestOfTheExam() {
        StudyGuide course = StudyGuide.build(Exports.course(), Exports.explorer());
        StudyGuide whole = StudyGuide.build(Exports.course(), Exports.explorer(), Scope.CERTIFICACION);
        assertEquals(Scope.CURSO, course.scope());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), course.modules().stream().map(Outline.Module::order).toList());
        assertTrue(course.modules().stream().noneMatch(Outline.Module::outsideCourse));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), whole.modules().stream().map(Outline.Module::order).toList());
        assertTrue(whole.modules().stream().filter(m -> m.order() > 6).allMatch(Outline.Module::outsideCourse));
        assertEquals(course.modules(), whole.modules().subList(0, 6), "the course comes first, unchanged");
        Set<String> inCourse = slugs(course);
        Set<String> inWhole = slugs(whole);
        assertEquals(Exports.concepts().stream().map(c -> c.slug()).collect(Collectors.toSet()), inWhole, "every concept in the certification");
        assertTrue(inWhole.containsAll(inCourse) && inCourse.size() < inWhole.size());
        assertEquals(inCourse, course.glossary().stream().map(Glossary.Entry::slug).collect(Collectors.toSet()), "the glossary follows the edition");
    }

    @Test
    void everyFormatSaysWhichEditionItIs() {
        StudyGuide course = StudyGuide.build(Exports.course(), Exports.explorer());
        StudyGuide whole = StudyGuide.build(Exports.course(), Exports.explorer(), Scope.CERTIFICACION);
        String courseMd = SummaryMarkdown.render(course);
        String wholeMd = SummaryMarkdown.render(whole);
        assertTrue(courseMd.startsWith("# Resumen de estudio: " + StudyGuide.TITLE));
        assertTrue(wholeMd.startsWith("# Resumen de estudio: " + StudyGuide.CERTIFICATION_TITLE));
        assertTrue(courseMd.contains("\n## 6. ") && !courseMd.contains("\n## 7. "));
        for (int m = 7; m <= 10; m++) assertTrue(wholeMd.contains("\n## " + m + ". "), "module " + m);
        assertTrue(courseMd.contains(course.cards().size() + " conceptos, en el orden del curso"));
        assertTrue(wholeMd.contains(whole.cards().size() + " conceptos, en orden: los seis módulos del curso y después los módulos 7–10"));
        String html = SummaryHtml.render(whole);
        assertTrue(html.contains("<title>Resumen de estudio: " + StudyGuide.CERTIFICATION_TITLE + "</title>"));
        // Links inside the course edition only point at anchors it has; concepts of modules 7–10 stay plain text.
        Set<String> anchors = course.cards().stream().map(c -> "#c-" + c.concept().slug()).collect(Collectors.toSet());
        var links = java.util.regex.Pattern.compile("\\]\\((#c-[^)]+)\\)").matcher(courseMd);
        int n = 0;
        while (links.find()) { assertTrue(anchors.contains(links.group(1)), links.group(1)); n++; }
        assertTrue(n > 100);
    }

    @Test
    void flashCardDecksFollowTheEdition() {
        List<AnkiDeck.Note> course = AnkiDeck.notes(Exports.course().summary(), List.of());
        List<AnkiDeck.Note> whole = AnkiDeck.notes(Exports.course().summary(Scope.CERTIFICACION), List.of());
        assertEquals(2 * Exports.concepts().size(), whole.size());
        assertTrue(course.size() < whole.size());
        assertTrue(whole.stream().anyMatch(n -> n.deck().startsWith(AnkiDeck.DECK + "::7. ")));
        assertFalse(course.stream().anyMatch(n -> n.deck().startsWith(AnkiDeck.DECK + "::7. ")));
    }

    @Test
    void theScopeIsReadWithOrWithoutAccentAndAnythingElseIsRefusedInSpanish() {
        assertEquals(Scope.CURSO, Scope.parse(null));
        assertEquals(Scope.CURSO, Scope.parse(" Curso "));
        assertEquals(Scope.CERTIFICACION, Scope.parse("certificación"));
        assertEquals(Scope.CERTIFICACION, Scope.parse("CERTIFICACION"));
        BadRequestException e = assertThrows(BadRequestException.class, () -> Scope.parse("examen"));
        assertTrue(e.getMessage().contains("«alcance» debe ser «curso»") && e.getMessage().contains("«examen»"), e.getMessage());
    }
}
