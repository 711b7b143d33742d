package dev.explorador.error;

/**
 * What the explorer was started with cannot work: an ontology that does not read or breaks the contract, a store
 * that does not open, a port already in use. The command line stops with exit 2; a server that meets one while
 * answering (a remote store gone away) answers 503.
 */
public class SetupException extends UserError {
    public SetupException(String message) {
        super(503, message);
    }
}
