package dev.explorador.store;

import dev.explorador.graph.ValidationReport;

/** The ontology loaded but breaks the knowledge contract: nothing is served until it is fixed. */
public class InvalidGraphException extends RuntimeException {
    private final transient ValidationReport report;

    public InvalidGraphException(ValidationReport report) {
        super(report.describe());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
