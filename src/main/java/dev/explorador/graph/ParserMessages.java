package dev.explorador.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jena's RDF parser speaks English; the person fixing a file reads Spanish. The usual messages get a Spanish
 * explanation in front, and Jena's own words stay after it (they name the exact token).
 */
final class ParserMessages {
    private static final Map<String, String> SPANISH = new LinkedHashMap<>();

    static {
        SPANISH.put("Triples not terminated by DOT",
                "falta el punto final de la sentencia anterior (Turtle lo nota al empezar la siguiente: mira la línea de antes)");
        SPANISH.put("Undefined prefix", "prefijo sin declarar: añade su línea @prefix al principio del archivo");
        SPANISH.put("Broken token (newline in string)",
                "una cadena entre comillas no se cierra en su línea (usa ''' … ''' para textos de varias líneas)");
        SPANISH.put("Bad character in IRI", "carácter no permitido dentro de una IRI <…>");
        SPANISH.put("Bad language tag", "etiqueta de idioma no válida (usa @es o @en)");
        SPANISH.put("Out of place", "palabra o símbolo fuera de lugar");
        SPANISH.put("Expected", "falta algo que la sintaxis exige aquí");
    }

    private ParserMessages() {}

    static String inSpanish(String message) {
        if (message == null) return "error de sintaxis";
        for (var entry : SPANISH.entrySet()) {
            if (message.startsWith(entry.getKey())) return entry.getValue() + " — " + message;
        }
        return message;
    }
}
