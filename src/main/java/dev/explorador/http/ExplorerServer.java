package dev.explorador.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.HotSpotDiagnosticMXBean;
import dev.explorador.course.CourseService;
import dev.explorador.error.SetupException;
import dev.explorador.query.Explorer;
import dev.explorador.sparql.SparqlService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The HTTP server: viewer, JSON API, SPARQL endpoint and concept pages over one explorer. */
public final class ExplorerServer implements AutoCloseable {
    private static final long MIN_BODY_BYTES_PER_SECOND = 256;
    private static final long IDLE_TIMEOUT_MILLIS = 20_000;
    private static final int MAX_CONNECTIONS_PER_ADDRESS = 100;

    private final Javalin app;
    private final Lazy<SparqlService> sparql;

    private ExplorerServer(Javalin app, Lazy<SparqlService> sparql) {
        this.app = app;
        this.sparql = sparql;
    }

    public static ExplorerServer start(Explorer explorer, ServerSettings settings) {
        return start(CompletableFuture.completedFuture(explorer), settings);
    }

    /**
     * Starts listening while the graph may still be loading (the two take about as long, on two cores):
     * a request that comes before the graph is ready waits for it.
     */
    public static ExplorerServer start(CompletableFuture<Explorer> loading, ServerSettings settings) {
        tellJettyTheReferenceSize();
        Supplier<Explorer> explorer = loading::join;
        Lazy<SparqlService> sparql = Lazy.of(() -> new SparqlService(explorer.get().store(), settings.sparqlLimits()));
        Javalin app = Javalin.create(config -> configure(config, explorer, sparql, settings));
        try {
            app.start();
        } catch (RuntimeException e) {
            BindException bind = bindFailure(e);
            if (bind == null) throw e;
            throw cannotListen(settings, bind);
        }
        return new ExplorerServer(app, sparql);
    }

    /**
     * Jetty sizes its padding against false sharing by the size of an object reference, which it otherwise reads
     * through the platform JMX server: starting that server (every platform MBean) took ~0.1 s of a 1.5 s start-up.
     * The same answer, read directly: 4-byte references with compressed oops (16 per 64-byte cache line), else 8.
     */
    private static void tellJettyTheReferenceSize() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) != null) return;
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean compressed = vm == null || Boolean.parseBoolean(vm.getVMOption("UseCompressedOops").getValue());
        System.setProperty(property, compressed ? "16" : "8");
    }

    /** The socket's own refusal behind Javalin's wrapping, if that is why the server did not start. */
    private static BindException bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) return bind;
        }
        return null;
    }

    private static SetupException cannotListen(ServerSettings settings, BindException e) {
        boolean inUse = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("in use");
        return new SetupException(inUse
                ? "No se pudo abrir el puerto " + settings.port() + ": ya lo usa otro programa (¿otro explorador?). Elige otro con --port."
                : "No se pudo escuchar en " + settings.host() + ":" + settings.port() + " (" + e.getMessage()
                        + "): esa dirección no es de este equipo. Elige otra con --host.");
    }

    private static void configure(JavalinConfig config, Supplier<Explorer> explorer, Supplier<SparqlService> sparql,
                                  ServerSettings settings) {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 1_000_000L;
        config.http.prefer405over404 = true;
        config.jetty.addConnector((server, http) -> connector(server, http, settings));
        config.jetty.modifyServer(server -> server.setErrorHandler(new ConnectorErrors()));
        RequestGate gate = new RequestGate(settings);
        config.routes.before(gate::before);
        config.routes.before(ctx -> {
            if (ViewerFiles.serves(ctx.path())) return;
            Explorer open = explorer.get();
            // A search answers from the snapshot and the text index. Anything else may use Jena, so it waits until the
            // graph is read (the bundled graph is read after the server listens, LoadingStore): Jena initialised by
            // two threads at once (the reader and a request) deadlocks in its class initialisers, and Jena's own
            // guard lets a second thread through while the first is still initialising.
            if (!ctx.path().equals("/api/search")) open.store().loaded().join();
        });
        // One course view for the API and the exports: the summary (every card) is built once, not once per route class.
        Supplier<CourseService> course = Lazy.of(() -> new CourseService(explorer.get()));
        Routes routes = new Routes(config.routes);
        ViewerFiles files = new ViewerFiles(settings.webFolder());
        files.register(routes);
        new ApiRoutes(explorer, course).register(routes);
        StudyGuides guides = new StudyGuides(explorer, course);
        new ExportRoutes(explorer, course, guides).register(routes);
        new SummaryRoutes(guides).register(routes);
        new CompareRoutes(Lazy.of(() -> new dev.explorador.compare.CompareService(explorer.get())),
                Lazy.of(() -> new dev.explorador.story.StoryService(explorer.get()))).register(routes);
        Discovery discovery = new Discovery(explorer);
        discovery.register(routes);
        new SparqlRoutes(sparql, discovery).register(routes);
        new ConceptPageRoutes(explorer, files::viewerPage).register(routes);
        ErrorAnswers.register(config.routes);
    }

    /**
     * The listening socket, with limits that keep slow or greedy clients from holding the server's threads:
     * a body must arrive at a minimum rate, idle connections close, and one address holds at most so many.
     */
    private static ServerConnector connector(Server server, HttpConfiguration http, ServerSettings settings) {
        http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        connector.addBean(new ConnectionsPerAddress(MAX_CONNECTIONS_PER_ADDRESS));
        return connector;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        sparql.ifMade(SparqlService::close);
    }
}
