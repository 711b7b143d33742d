package dev.explorador.content;

import dev.explorador.compare.Attribute;
import dev.explorador.compare.CompareService;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.course.CourseService;
import dev.explorador.course.Outline;
import dev.explorador.query.Explorer;
import dev.explorador.story.NameFinder;
import dev.explorador.story.Story;
import dev.explorador.story.StoryService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The rules every story and comparison group keeps, as lists of problems (empty when all is well). */
final class StoryRules {
    static final int MODULE_MIN = 300, MODULE_MAX = 500, TOPIC_MIN = 120, TOPIC_MAX = 250;
    static final int GROUPS = 12, MEMBERS = 2, ATTRIBUTES = 3;

    private StoryRules() {}

    /** Stories that exist: in their word range, and every concept they name listed in gd:ideaMenciona (so linked). */
    static List<String> storyProblems(Explorer explorer) {
        StoryService service = new StoryService(explorer);
        NameFinder names = service.allNames();
        List<String> problems = new ArrayList<>();
        for (Outline.Module m : new CourseService(explorer).outline()) {
            check(problems, service, names, m.iri(), "módulo " + m.order(), MODULE_MIN, MODULE_MAX);
            for (Outline.Topic t : m.topics()) check(problems, service, names, t.iri(), "tema " + m.order() + "." + t.order(), TOPIC_MIN, TOPIC_MAX);
        }
        return problems;
    }

    private static void check(List<String> problems, StoryService service, NameFinder names, String iri, String where, int min, int max) {
        service.of(iri).ifPresent(s -> {
            if (s.words() < min || s.words() > max) problems.add(where + ": " + s.words() + " palabras (de " + min + " a " + max + ")");
            Set<String> mentioned = s.menciones().stream().map(c -> c.iri()).collect(Collectors.toSet());
            Set<String> missing = new TreeSet<>(names.concepts(s.texto()));
            missing.removeAll(mentioned);
            if (!missing.isEmpty()) problems.add(where + ": nombra sin enlazar " + missing);
            if (s.fuentes().isEmpty()) problems.add(where + ": sin dcterms:source");
        });
    }

    /** Nodes of the outline without a story. */
    static List<String> missingStories(Explorer explorer) {
        StoryService service = new StoryService(explorer);
        List<String> missing = new ArrayList<>();
        for (Outline.Module m : new CourseService(explorer).outline()) {
            if (service.of(m.iri()).isEmpty()) missing.add("módulo " + m.order());
            m.topics().forEach(t -> { if (service.of(t.iri()).isEmpty()) missing.add("tema " + m.order() + "." + t.order() + " " + t.label()); });
        }
        return missing;
    }

    /** Groups that exist: at least two members, three attributes, and every attribute filled for every member. */
    static List<String> groupProblems(List<ComparisonGroup> groups) {
        List<String> problems = new ArrayList<>();
        for (ComparisonGroup g : groups) {
            if (g.miembros().size() < MEMBERS) problems.add(g.id() + ": " + g.miembros().size() + " miembros");
            if (g.atributos().size() < ATTRIBUTES) problems.add(g.id() + ": " + g.atributos().size() + " atributos");
            for (Attribute a : g.atributos()) {
                g.miembros().stream().filter(m -> !m.valores().containsKey(a.id()))
                        .forEach(m -> problems.add(g.id() + ": " + m.concept().slug() + " sin " + a.id()));
            }
        }
        return problems;
    }

    static List<ComparisonGroup> groups(Explorer explorer) {
        return new CompareService(explorer).groups();
    }
}
