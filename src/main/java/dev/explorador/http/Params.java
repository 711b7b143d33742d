package dev.explorador.http;

import dev.explorador.error.BadRequestException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Reads query parameters, refusing bad ones with a reason the client can act on. */
final class Params {
    private static final int MAX_TEXT = 500;

    private Params() {}

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) throw new BadRequestException("Falta el parámetro «" + name + "»");
        if (value.length() > MAX_TEXT) throw new BadRequestException("El parámetro «" + name + "» es demasiado largo (máximo " + MAX_TEXT + " caracteres)");
        return value;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) throw new BadRequestException("«" + name + "» debe estar entre " + min + " y " + max + " (se recibió " + n + ")");
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException("«" + name + "» debe ser un número entero (se recibió «" + abbreviate(value) + "»)");
        }
    }

    /** A yes/no switch: absent is {@code fallback}; true/false, 1/0, si/no are understood, anything else is refused. */
    static boolean flag(Context ctx, String name, boolean fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "si", "sí", "yes": return true;
            case "false", "0", "no": return false;
            default: throw new BadRequestException("«" + name + "» debe ser true o false (se recibió «" + abbreviate(value) + "»)");
        }
    }

    /** A list parameter, repeated ({@code relation=a&relation=b}) or comma separated ({@code relation=a,b}). */
    static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) if (!part.isBlank()) values.add(part.trim());
        }
        return values;
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }
}
