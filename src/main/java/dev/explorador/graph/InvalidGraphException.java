package dev.explorador.graph;

import dev.explorador.error.SetupException;

/** The ontology loaded but breaks the knowledge contract: nothing is served until it is fixed. */
public class InvalidGraphException extends SetupException {
    private final transient ValidationReport report;

    public InvalidGraphException(ValidationReport report) {
        super(report.describe());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
