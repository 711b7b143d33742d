package dev.explorador.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Where the route classes register their handlers. Every GET route also answers HEAD the same way
 * (status and headers, no body), as HTTP asks, so a HEAD never says 200 where GET says 404.
 */
final class Routes {
    private final RoutesConfig routes;

    Routes(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    void post(String path, Handler handler) {
        routes.post(path, handler);
    }

    void options(String path, Handler handler) {
        routes.options(path, handler);
    }
}
