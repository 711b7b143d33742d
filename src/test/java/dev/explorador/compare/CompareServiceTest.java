package dev.explorador.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.FixtureGraph;
import dev.explorador.error.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparison groups and free comparisons, read from the fixture's two groups. */
class CompareServiceTest {
    private final CompareService service = new CompareService(FixtureGraph.explorer());

    @Test
    void groupsComeFromTheOntologyInTheirOrderWithAttributesInTheirs() {
        List<ComparisonGroup> groups = service.groups();
        assertEquals(List.of("metodos-despliegue", "ab-o-canario"), groups.stream().map(ComparisonGroup::id).toList());
        ComparisonGroup methods = groups.get(0);
        assertEquals("¿Lotes, streaming, tiempo real o embebido: cuál pide el caso?", methods.pregunta());
        assertEquals(List.of("batch-inference", "streaming-inference", "real-time-inference", "edge-deployment"),
                methods.miembros().stream().map(m -> m.concept().slug()).toList());
        assertEquals(List.of("Cuándo usarlo", "Ventajas", "Limitaciones", "Latencia", "Costo"),
                methods.atributos().stream().map(Attribute::label).toList());
        for (Attribute a : methods.atributos()) assertEquals(4, methods.filled(a), a.label());
        methods.miembros().forEach(m -> assertFalse(m.consejoExamen().isBlank(), m.concept().slug()));
        ComparisonGroup ab = groups.get(1);
        assertTrue(ab.miembros().get(0).valores().get("gd:queHace").startsWith("Dos versiones"));
        assertFalse(ab.miembros().get(0).valores().containsKey("gd:latencia"), "only the group's own attributes");
    }

    @Test
    void anyConceptsCompareSideBySideWithEveryAttributeOneOfThemHas() {
        Comparison c = service.compare(List.of("batch-inference", "Prueba A/B", "pyfunc"));
        assertEquals(3, c.miembros().size());
        List<String> attributes = c.atributos().stream().map(Attribute::id).toList();
        assertTrue(attributes.containsAll(List.of("gd:cuandoUsar", "gd:latencia", "gd:queHace")), attributes.toString());
        assertTrue(c.miembros().get(2).valores().isEmpty(), "pyfunc has no comparable values in the fixture");
        c.miembros().forEach(m -> assertFalse(m.definicion().isBlank()));
        Comparison pair = service.compare(List.of("ab-testing", "canary-deployment"));
        assertEquals(List.of("ab-o-canario"), pair.grupos().stream().map(ComparisonGroup::id).toList());
    }

    @Test
    void fewerThanTwoDistinctConceptsOrTooManyAreRefused() {
        assertThrows(BadRequestException.class, () -> service.compare(List.of("pyfunc", "pyfunc")));
        assertThrows(BadRequestException.class, () -> service.compare(List.of("pyfunc")));
        List<String> many = FixtureGraph.explorer().snapshot().concepts().stream().limit(CompareService.MAX_CONCEPTS + 1)
                .map(r -> r.slug()).toList();
        assertThrows(BadRequestException.class, () -> service.compare(many));
    }
}
