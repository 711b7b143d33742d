package dev.explorador.store;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/** A store behind any SPARQL 1.1 endpoint (Apache Jena Fuseki, for instance), read over HTTP. */
public final class RemoteStore implements KnowledgeStore {
    private final String endpoint;
    private final RDFConnection connection;

    /** Connects and asks the endpoint one trivial question, so a wrong URL fails now, with a clear message. */
    public static RemoteStore connect(String endpoint) {
        RemoteStore store = new RemoteStore(endpoint);
        try {
            store.connection.queryAsk("ASK {}");
        } catch (RuntimeException e) {
            store.close();
            throw new StoreOpenException("No se pudo consultar el endpoint SPARQL " + endpoint
                    + ": no responde o no habla SPARQL. Comprueba la URL y que el servidor esté en marcha.");
        }
        return store;
    }

    public RemoteStore(String endpoint) {
        this.endpoint = endpoint;
        this.connection = RDFConnectionRemote.service(endpoint).build();
    }

    @Override
    public <T> T read(Query query, long timeoutMillis, Function<QueryExecution, T> use) {
        try (QueryExecution execution = connection.newQuery().query(query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            return use.apply(execution);
        }
    }

    @Override
    public boolean isLocal() {
        return false;
    }

    @Override
    public String describe() {
        return "sparql:" + endpoint;
    }

    @Override
    public void close() {
        connection.close();
    }

}
