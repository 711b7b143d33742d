package dev.explorador.http;

import dev.explorador.error.RefusedException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every request passes before its route: security headers, then two checks that keep a local service
 * local. A page on another site must not read the explorer's answers (no CORS unless an origin was allowed
 * by name) nor make it work for it (a request carrying a foreign {@code Origin} is refused); and a name that
 * is not ours in {@code Host} means DNS rebinding (a hostile name that resolves to 127.0.0.1), so it is refused.
 */
final class RequestGate {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<String> allowedOrigins;
    private final List<String> hostNames;

    RequestGate(ServerSettings settings) {
        this.allowedOrigins = settings.allowedOrigins();
        this.hostNames = settings.hostNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    void before(Context ctx) {
        securityHeaders(ctx);
        checkHost(ctx.header("Host"));
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("http://" + ctx.header("Host"))) return;
        if (!allowedOrigins.contains(origin)) {
            throw new RefusedException(403, "Origen no permitido: «" + origin + "». El explorador solo responde a sus "
                    + "propias páginas; para abrirlo a otra, arráncalo con --origen " + origin);
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private void checkHost(String host) {
        String name = hostName(host);
        if (name.equals("localhost") || IPV4.matcher(name).matches() || name.startsWith("[") || hostNames.contains(name)) {
            return;
        }
        throw new RefusedException(421, "Nombre de servidor no reconocido: «" + name + "». Abre el explorador por "
                + "127.0.0.1 o localhost (o arráncalo con --nombre " + name + " si ese nombre es tuyo)");
    }

    /** The host part of a Host header, without the port, in lower case ("[::1]" keeps its brackets). */
    static String hostName(String host) {
        if (host == null) return "";
        String value = host.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(0, end + 1) : value;
        }
        int colon = value.lastIndexOf(':');
        return colon >= 0 ? value.substring(0, colon) : value;
    }
}
