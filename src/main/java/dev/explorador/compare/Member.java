package dev.explorador.compare;

import dev.explorador.query.ConceptRef;
import java.util.List;
import java.util.Map;

/**
 * One column of a comparison: the concept, its plain definition, exam tip and traps, and its value for each
 * attribute compared (attribute id → short Spanish phrase; an attribute without a value is absent).
 */
public record Member(ConceptRef concept, String definicion, String consejoExamen, List<ConceptRef> trampas,
                     Map<String, String> valores) {}
