package dev.explorador.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs (a URI too long, a body too large, bytes that are not
 * a request): in the same JSON format and with the same security headers as every other error, in Spanish.
 */
final class ConnectorErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String spanish(int status) {
        return switch (status) {
            case 400 -> "Petición HTTP mal formada (bytes no válidos, un carácter nulo o una dirección incorrecta)";
            case 404 -> "No existe esa ruta";
            case 405 -> "Método no permitido en esta ruta";
            case 408 -> "El cliente tardó demasiado en enviar la petición";
            case 413 -> "La petición es demasiado grande";
            case 414 -> "La dirección (URI) es demasiado larga";
            case 431 -> "Las cabeceras de la petición son demasiado grandes";
            case 503 -> "El servidor está ocupado; vuelve a intentarlo en unos segundos";
            default -> status >= 500 ? "Error interno del servidor" : "Petición rechazada (" + status + ")";
        };
    }

    static byte[] body(int status, String message) {
        try {
            return JSON.writeValueAsBytes(new ApiError(status, message, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers(headers);
        response.write(true, ByteBuffer.wrap(body(status, spanish(status))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable headers) {
        headers(headers);
        return ByteBuffer.wrap(body(status, spanish(status)));
    }

    private static void headers(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        headers.put("Content-Security-Policy", RequestGate.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
    }
}
