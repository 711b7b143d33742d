package dev.explorador.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.graph.OntologyLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled ontology passes its own mention audit: every mention and identifier explained, few generic links. */
class MentionAuditTest {
    private static MentionReport report;

    @BeforeAll
    static void audit() {
        report = new MentionAudit().audit(new OntologyLoader().load(Path.of("ontology")).model());
    }

    @Test
    void everyMentionOfAnotherConceptIsLinkedOrExempted() {
        assertEquals(0, report.unlinked().size(), report::describe);
    }

    @Test
    void everyCodeIdentifierIsAConceptOrExempted() {
        assertEquals(0, report.unknown().size(), report::describe);
    }

    @Test
    void theGenericRelationIsAtMostATenthOfTheLinks() {
        assertTrue(report.relatedWithinLimit(), report::summary);
    }

    @Test
    void noExemptionIsLeftOver() {
        assertEquals(0, report.unusedExemptions().size(), report::describe);
    }
}
